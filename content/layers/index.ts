/**
 * The visibility layers, one entry each, in the order the home page lists them: the one table the ids, the
 * sitemap rows, the home cards, the organization boxes and the explainer titles come from. Each layer has an
 * explainer at `content/layers/<id>.mdx`. Every sentence here must be backed by the claims listed with it.
 */
import type { ClaimId } from "@/content/model/claims";
import type { SettingId } from "@/lib/model/vocabulary";

export type LayerEntry = {
  /** Stable id: the explainer's file name and route (`/layers/<id>/`), and the anchor on the home page. */
  id: string;
  /** Short name of the layer: the explainer's `<h1>` and `<title>`, the card and the sitemap label. */
  title: string;
  /** What the layer is, in one or two plain sentences. */
  summary: string;
  /** How much it reveals about a person. */
  reveals: string;
  /** Who can reach it. */
  holders: string;
  /** How long it stays reachable. */
  howLong: string;
  /** Claims the sentences above rest on. */
  claims: readonly ClaimId[];
  /**
   * The organization settings that change what the explainer describes: in an organization's edition, its
   * "At <organization>" box states them.
   */
  settings: readonly SettingId[];
};

export const layers = [
  {
    id: "usage-analytics",
    title: "Usage analytics",
    summary:
      "Figures about how each person uses Claude: engagement per person and per day, spend by person and model, and for Claude Code, sessions, accepted lines and a leaderboard.",
    reveals: "No words you wrote, but counts and spend broken down by person.",
    holders:
      "Owners and the Primary Owner on Team; on Enterprise also Admins, who see everything except spend. Claude Code figures go to Owners and the Primary Owner, and on Enterprise to Admins; Anthropic's pages disagree about Team Admins. You see your own usage too, unless Owners switch that off.",
    howLong:
      "The spend report reaches back 90 days. The Analytics API returns days from 1 January 2026 on; whether its old 90-day limit still applies is not stated.",
    claims: [
      "usage-analytics-roles",
      "usage-analytics-spend",
      "analytics-api",
      "claude-code-dashboard",
      "member-usage-view",
    ],
    settings: ["otel-monitoring"],
  },
  {
    id: "audit-logs",
    title: "Audit logs",
    summary:
      "A record of actions on Enterprise: sign-ins, and chats, files and projects created, renamed or deleted, each with an IP address, device and browser.",
    reveals:
      "What you did and when, not what you wrote; the exception is the new name you give a chat when you rename it.",
    holders:
      "Owners and the Primary Owner, unless the organization uses customer-managed encryption keys. Admins cannot export them.",
    howLong: "180 days in the export; the same events stay six years in the Compliance API's Activity Feed.",
    claims: [
      "audit-logs-enterprise",
      "audit-logs-roles",
      "audit-log-columns",
      "audit-log-events",
      "audit-log-titles",
      "audit-events-in-feed",
      "activity-feed",
      "cmek-audit-log-off",
    ],
    settings: ["compliance-api", "compliance-key-shared", "cmek"],
  },
  {
    id: "exports-and-compliance-api",
    title: "Data exports and the Compliance API",
    summary:
      "The content itself: your chats, uploaded files and projects. A data export on Team and Enterprise; on Enterprise, the Compliance API too, once the Primary Owner turns it on.",
    reveals:
      "Everything you wrote and uploaded. The Compliance API still returns chats you deleted, marked as deleted, until they are removed for good.",
    holders:
      "The Primary Owner and Owners, who create Compliance keys, and any person or security tool given one. For exports, four of Anthropic's statements name only the Primary Owner; one names Owners.",
    howLong:
      "As long as the organization keeps the data: on Enterprise, indefinitely unless a retention period is set.",
    claims: [
      "export-who",
      "export-contents",
      "compliance-api-enabling",
      "compliance-content",
      "compliance-content-retention",
      "compliance-keys",
      "compliance-keys-for-tools",
      "custom-retention",
    ],
    settings: ["compliance-api", "custom-retention", "compliance-key-shared", "cmek", "inference-hooks"],
  },
  {
    id: "incognito",
    title: "Incognito chats",
    summary: "A chat that is not saved to your own chat history.",
    reveals:
      "On Team and Enterprise, incognito hides a chat from you, not from your organization: it is in data exports and the Compliance API.",
    holders: "The same people as exports and the Compliance API.",
    howLong: "30 days, or longer under the organization's retention policy.",
    claims: ["incognito-not-in-history", "incognito-retention", "export-who", "incognito-in-compliance-api"],
    settings: ["compliance-api", "custom-retention"],
  },
  {
    id: "claude-code",
    title: "Claude Code",
    summary:
      "The coding tool sends your prompts, its replies, the commands it runs and the text of every file it reads. How you sign in decides who can retrieve that.",
    reveals:
      "Signed in with an Enterprise account while the Compliance API is on, whole sessions can be retrieved; with an API key, a partner cloud or zero data retention, they are not returned by it.",
    holders:
      "Compliance key holders; your organization's own telemetry collector if it set one up; and you, in the transcripts kept on your computer.",
    howLong:
      "Six years by default in the Compliance API, or the organization's custom retention period when a finite one is set; 30 days by default on your computer.",
    claims: [
      "claude-code-sends",
      "sessions-captured",
      "sessions-content",
      "sessions-not-returned",
      "sessions-retention",
      "session-retention-windows",
      "otel-monitoring",
      "claude-code-local-transcripts",
    ],
    settings: ["otel-monitoring", "otel-prompts", "cowork-otel", "zdr", "compliance-api", "cmek", "inference-hooks"],
  },
  {
    id: "anthropic-access",
    title: "Anthropic's own access",
    summary:
      "Anthropic's automated systems process what you send as part of running the service. People at Anthropic look at retained content only for safety review or incident response.",
    reveals:
      "Access Transparency logs each human view in the organization's Activity Feed, but only for the Claude API (not its Batch and Files APIs), Claude Code used with an API key and Claude Platform on AWS, not for claude.ai seats.",
    holders: "Anthropic's automated systems; its staff in the cases above.",
    howLong: "Access events arrive within two business days.",
    claims: [
      "automated-processing",
      "staff-access-reasons",
      "at-covered-surfaces",
      "at-not-claude-apps",
      "at-exclusions",
      "at-events",
      "at-delivery",
    ],
    settings: ["access-transparency", "cmek", "zdr"],
  },
] as const satisfies readonly LayerEntry[];

export type LayerId = (typeof layers)[number]["id"];

/** The layer ids, in the order the home page lists them (the table is never empty). */
export const layerIds = layers.map((layer) => layer.id) as [LayerId, ...LayerId[]];
