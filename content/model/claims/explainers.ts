/** Claims the layer explainers need beyond the visibility model: field-level detail and dashboard metrics. */
import type { AuthoredClaim } from "../authoring";

const verified = "2026-11-22";

export const explainerClaims = [
  {
    id: "at-event-fields",
    statement:
      "An anthropic_access event records when the access happened and when it reached the feed, an anonymous Anthropic actor, the team that looked, a reason code, the message viewed, and the organization and workspace it belongs to.",
    citations: [
      {
        source: "access-transparency",
        quote: "When the access occurred. Might be earlier than when the activity becomes visible in your feed",
      },
      {
        source: "access-transparency",
        quote: "The Anthropic team that performed the access (for example, `Safeguards`)",
      },
      {
        source: "access-transparency",
        quote: "A resource type, currently only `message`. Extensible for future resource types",
      },
      { source: "access-transparency", quote: "The workspace the content belongs to" },
    ],
    verified,
  },
  {
    id: "cmek-preserve-fields",
    statement:
      "A cmek_preserve event carries the same fields as an anthropic_access event; for a preservation, accessed_at is when the content was preserved.",
    citations: [
      {
        source: "access-transparency",
        quote:
          "Preservation events carry the same fields as an `anthropic_access` event; only the event type differs, so a parser that handles one handles both.",
      },
      {
        source: "access-transparency",
        quote: "For preservation events, `accessed_at` records when the content was preserved.",
      },
    ],
    verified,
  },
  {
    id: "usage-analytics-metrics",
    statement:
      "The usage analytics dashboard shows weekly active members, active members against assigned seats, a list of members, and connector use with the number of users and of read and write actions; the Chat page ranks the top members by chats and by project use.",
    citations: [
      { source: "help-usage-analytics", quote: "Weekly active members" },
      { source: "help-usage-analytics", quote: "Active members and assigned seats" },
      {
        source: "help-usage-analytics",
        quote: "Connectors (including the number of users, plus counts of read and write actions)",
      },
      { source: "help-usage-analytics", quote: "Top members by chats" },
      { source: "help-usage-analytics", quote: "Top members by project usage" },
    ],
    verified: "2026-11-29",
    note: "Earlier versions of the article named weekly active users (WAU) and top connectors; the August 2026 version speaks of members.",
  },
  {
    id: "console-claude-code-dashboard",
    statement:
      "In a Claude Console organization, the Claude Code dashboard lists everyone who uses Claude Code, by email address when they sign in or by key when they use an API key, with each person's spend this month; the Developer, Billing and Admin roles can open it, as can Owner and Primary Owner roles.",
    citations: [
      {
        source: "claude-code-analytics",
        quote:
          "You need the UsageView permission to access the dashboard, which is granted to Developer, Billing, Admin, Owner, and Primary Owner roles.",
      },
      { source: "claude-code-analytics", quote: "Spend this month: per-user total API costs for the current month." },
      {
        source: "claude-code-analytics",
        quote: "API key users display by key identifier, OAuth users display by email address.",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "retention-change-immediate",
    statement:
      "When an Enterprise organization shortens its retention period, data outside the new period is deleted as soon as the setting is saved.",
    citations: [
      {
        source: "help-custom-retention",
        quote:
          "When you modify retention settings, any data that falls outside the new retention period will be deleted immediately upon saving.",
      },
    ],
    verified,
  },
  {
    id: "audit-log-export-link",
    statement: "An audit-log export gathers the past 180 days into a file whose download link works for 24 hours.",
    citations: [{ source: "help-audit-logs", quote: "download link, which is active for 24 hours" }],
    verified,
  },
  {
    id: "audit-log-client-platform",
    statement: "The client_platform column of an audit-log row names the mobile platform, iOS or Android.",
    citations: [{ source: "help-audit-logs", quote: "Corresponds to mobile platforms, either iOS or Android" }],
    verified,
  },
] as const satisfies readonly AuthoredClaim[];
