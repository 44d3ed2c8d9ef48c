/**
 * The fixed vocabulary of the rules model: every id a situation, a rule or a report may use.
 * Each table is `as const satisfies readonly …[]`, so its id union is derived from the data and a
 * misspelt id fails to compile. Row shapes are the zod schemas in `vocabulary-rows.ts`.
 */
import type { Row, SettingRow } from "./vocabulary-rows";

/** Takes the ids of a table as a non-empty tuple, which is what `z.enum` needs. */
export function idsOf<const R extends readonly [{ readonly id: string }, ...{ readonly id: string }[]]>(
  rows: R,
): [R[number]["id"], ...R[number]["id"][]] {
  return rows.map((row) => row.id) as [R[number]["id"], ...R[number]["id"][]];
}

export const accounts = [
  {
    id: "personal",
    label: "Personal Free, Pro or Max plan",
    description: "A Claude account you signed up for yourself, not one your employer provides.",
  },
  {
    id: "team",
    label: "Team plan",
    description: "A claude.ai organization on the Team plan (Anthropic also calls it Claude for Work).",
  },
  { id: "enterprise", label: "Enterprise plan", description: "A claude.ai organization on the Enterprise plan." },
  {
    id: "console",
    label: "Claude Console (API) organization",
    description: "An organization in the Claude Console that uses the Claude API with API keys.",
  },
  {
    id: "partner-cloud",
    label: "A partner cloud",
    description:
      "Claude used through your organization's account at Amazon Bedrock, Google Cloud or Microsoft Foundry.",
  },
] as const satisfies readonly [Row, ...Row[]];

export const partnerClouds = [
  { id: "bedrock", label: "Amazon Bedrock", description: "Claude models served through Amazon Web Services." },
  {
    id: "google-cloud",
    label: "Google Cloud",
    description: "Claude models served through Google Cloud (formerly named Vertex AI in Anthropic's pages).",
  },
  { id: "foundry", label: "Microsoft Foundry", description: "Claude models served through Microsoft Foundry." },
] as const satisfies readonly [Row, ...Row[]];

export const surfaces = [
  {
    id: "claude-apps",
    label: "Claude apps",
    description: "Chatting with Claude on the web, on the desktop or on a phone.",
  },
  {
    id: "claude-code-work-login",
    label: "Claude Code, signed in with your work account",
    description:
      "Claude Code in a terminal, the desktop app or an IDE, signed in with your organization's Claude account.",
  },
  {
    id: "claude-code-api-key",
    label: "Claude Code with an API key",
    description: "Claude Code authenticated with a Claude Console API key, or with your partner cloud's credentials.",
  },
  {
    id: "claude-api",
    label: "The Claude API",
    description: "Your own code or tools sending prompts to the Claude API directly.",
  },
  { id: "cowork", label: "Cowork", description: "Cowork sessions in Claude Desktop or run remotely." },
  { id: "claude-in-chrome", label: "Claude in Chrome", description: "The Claude extension for the Chrome browser." },
] as const satisfies readonly [Row, ...Row[]];

export const behaviours = [
  {
    id: "incognito",
    label: "Incognito chats",
    description: "Chats started in incognito mode, which are kept out of your own chat history.",
  },
  {
    id: "delete-chat",
    label: "Deleting chats",
    description: "Deleting a chat, or a file or project, from your account.",
  },
  { id: "rename-chat", label: "Renaming chats", description: "Giving a chat a new title." },
  { id: "upload-files", label: "Uploading files", description: "Attaching files to chats or adding them to projects." },
  { id: "projects", label: "Projects", description: "Working inside claude.ai projects." },
] as const satisfies readonly [Row, ...Row[]];

export const settings = [
  {
    id: "compliance-api",
    label: "Compliance API",
    description:
      "Programmatic access to the organization's activity and, on Enterprise, its chats, files and sessions.",
    question:
      "Has your organization turned on the Compliance API (on a Console organization, created an Admin API key for its Activity Feed)?",
    askWhom: "your Primary Owner or an Owner, or your Console organization's admins",
    appliesTo: ["enterprise", "console"],
  },
  {
    id: "custom-retention",
    label: "Custom retention period",
    description: "An Enterprise retention period that replaces the default of keeping chats indefinitely.",
    question: "Has your organization set a custom retention period for chats, and if so, how long is it?",
    askWhom: "your Primary Owner or an Owner",
    appliesTo: ["enterprise"],
  },
  {
    id: "zdr",
    label: "Zero data retention",
    description: "An arrangement under which Anthropic does not keep API or Claude Code content after responding.",
    question: "Does your organization have zero data retention for Claude Code or the Claude API?",
    askWhom: "your IT or security team",
    appliesTo: ["team", "enterprise", "console"],
  },
  {
    id: "access-transparency",
    label: "Access Transparency",
    description: "A record, in the organization's Activity Feed, of each time Anthropic staff view covered content.",
    question: "Has your organization had Access Transparency enabled by Anthropic?",
    askWhom: "your IT or security team",
    appliesTo: ["team", "enterprise", "console"],
  },
  {
    id: "cmek",
    label: "Customer-managed encryption keys",
    description: "Content encrypted with keys your organization holds in its own cloud key service (CMEK).",
    question: "Does your organization use customer-managed encryption keys (CMEK) with Anthropic?",
    askWhom: "your IT or security team",
    appliesTo: ["team", "enterprise", "console"],
  },
  {
    id: "otel-monitoring",
    label: "Claude Code telemetry",
    description:
      "Claude Code configured to send usage, cost and tool activity to an OpenTelemetry collector your organization runs, through managed settings on your computer or, on Team and Enterprise, server-managed settings from the claude.ai console.",
    question:
      "Does your organization collect Claude Code telemetry through OpenTelemetry, set either in managed settings on your computer or by an Owner in the claude.ai console (Admin Settings > Claude Code > Managed settings)?",
    askWhom: "your IT team, or your organization's Owners",
    appliesTo: ["personal", "team", "enterprise", "console", "partner-cloud"],
  },
  {
    id: "otel-prompts",
    label: "Claude Code prompt logging",
    description:
      "Claude Code telemetry set to include the words of your prompts (OTEL_LOG_USER_PROMPTS=1), or whole API requests and responses (OTEL_LOG_RAW_API_BODIES). Both are off by default.",
    question:
      "Does your organization's Claude Code telemetry record prompt text, that is, does it set OTEL_LOG_USER_PROMPTS=1 or OTEL_LOG_RAW_API_BODIES?",
    askWhom: "your IT team, or your organization's Owners",
    appliesTo: ["personal", "team", "enterprise", "console", "partner-cloud"],
  },
  {
    id: "cowork-otel",
    label: "Cowork telemetry",
    description:
      "Cowork events streamed to an OpenTelemetry collector your organization runs, set up in claude.ai under Organization settings > Cowork.",
    question:
      "Has your organization entered an OpenTelemetry (OTLP) collector endpoint for Cowork under Organization settings > Cowork?",
    askWhom: "your organization's Owners, or your security team",
    appliesTo: ["team", "enterprise"],
  },
  {
    id: "compliance-key-shared",
    label: "Compliance key given to tools or people",
    description:
      "A Compliance API key handed to a security, archiving or data-loss tool, or to people other than the Primary Owner or Owner who created it.",
    question:
      "Has your organization given a Compliance API or Activity Feed key to a security or archiving tool, or to people beyond whoever created it?",
    askWhom: "your Primary Owner, your admins or your security team",
    appliesTo: ["enterprise", "console"],
  },
  {
    id: "inference-hooks",
    label: "Inference hooks",
    description:
      "An Enterprise feature (in beta) that sends the transcript of each prompt to an AI security server your organization or its security vendor runs, before Claude answers.",
    question:
      "Has your organization turned on Inference hooks, which send each prompt's transcript to its own AI security server before Claude answers?",
    askWhom: "your security team, or an Admin or Owner of your Claude organization",
    appliesTo: ["enterprise"],
  },
  {
    id: "work-email",
    label: "Work e-mail address",
    description:
      "A personal Free, Pro or Max account signed up with an address at your employer's e-mail domain, which an Enterprise organization can claim.",
    question: "Does your personal Claude account use your work e-mail address, one at your employer's domain?",
    askWhom: "your IT team if you are unsure whether an address counts as a work one",
    appliesTo: ["personal"],
  },
] as const satisfies readonly [SettingRow, ...SettingRow[]];

export const dataKinds = [
  {
    id: "chat-content",
    label: "Chat content",
    description: "What you write in chats and Claude's replies, including incognito chats.",
  },
  { id: "uploaded-files", label: "Uploaded files", description: "Files you attach to chats or add to projects." },
  {
    id: "titles",
    label: "Chat and project titles",
    description: "The names chats and projects have when they are created.",
  },
  { id: "renamed-titles", label: "Renamed titles", description: "A new name you give a chat." },
  {
    id: "memory",
    label: "Chat memory",
    description: "What Claude remembers about you from your chats: memory entries, summaries and project memory.",
  },
  { id: "deleted-chats", label: "Deleted chats", description: "The content of a chat after you delete it." },
  {
    id: "deletion-records",
    label: "Deletion records",
    description: "The record that you deleted a chat, file or project, and when.",
  },
  {
    id: "usage-metrics",
    label: "Usage and spend",
    description: "How much you use Claude, with what, and what it costs, counted per person.",
  },
  {
    id: "sign-in-metadata",
    label: "Sign-in and device details",
    description: "When you sign in, from which IP address, device and browser.",
  },
  {
    id: "claude-code-transcripts",
    label: "Claude Code transcripts",
    description: "Your Claude Code prompts, Claude's replies, tool calls and the text of files Claude Code read.",
  },
  {
    id: "claude-code-metrics",
    label: "Claude Code productivity metrics",
    description: "Per-person counts such as sessions, lines of code accepted, commits and pull requests.",
  },
  {
    id: "cowork-sessions",
    label: "Cowork sessions",
    description: "What happens in your Cowork sessions: prompts, replies and tool activity.",
  },
  {
    id: "api-content",
    label: "API prompts and outputs",
    description: "What your code or tools send to the Claude API and what comes back.",
  },
  {
    id: "telemetry",
    label: "Telemetry",
    description:
      "Usage, cost and activity events that Claude Code or Cowork sends through OpenTelemetry to a collector your organization runs.",
  },
] as const satisfies readonly [Row, ...Row[]];

export const audiences = [
  { id: "you", label: "You", description: "You yourself, through your own account, history and computer." },
  {
    id: "admins",
    label: "Admins",
    description: "People with the Admin role in your organization (in a Console organization, its admins).",
  },
  { id: "owners", label: "Owners", description: "People with the Owner role in a Team or Enterprise organization." },
  {
    id: "primary-owner",
    label: "The Primary Owner",
    description: "The single Primary Owner of a Team or Enterprise organization, which may be a service account.",
  },
  {
    id: "compliance-key-holders",
    label: "People and tools given a Compliance key",
    description: "Security, archiving or data-loss tools, or people, your organization hands a Compliance API key.",
  },
  {
    id: "telemetry-collector",
    label: "Your organization's telemetry collector",
    description:
      "Whoever runs the OpenTelemetry collector your organization points Claude Code or Cowork at, and the tools it forwards events to.",
  },
  {
    id: "inference-hook-server",
    label: "Your organization's AI security server",
    description:
      "Whoever runs the server your organization's Inference hooks send prompts to: its security team or a security vendor, and the tools that server passes them on to.",
  },
  {
    id: "anthropic-automated",
    label: "Anthropic's automated systems",
    description: "Model serving, safety classifiers and abuse-detection pipelines, with no person looking.",
  },
  {
    id: "anthropic-staff",
    label: "Anthropic staff",
    description: "People at Anthropic viewing content, for example in a safety review.",
  },
] as const satisfies readonly [Row, ...Row[]];

export const mechanisms = [
  {
    id: "your-own-copy",
    label: "Your own copy",
    description:
      "What you can open yourself: your chat history, your sessions, your own usage page, or what your own code receives.",
  },
  {
    id: "local-cache",
    label: "Local transcript cache",
    description: "Plaintext Claude Code transcripts kept on your computer under ~/.claude/projects/.",
  },
  {
    id: "analytics-dashboard",
    label: "Analytics dashboard",
    description: "Anthropic's usage and Claude Code analytics pages for an organization, with per-person figures.",
  },
  {
    id: "analytics-api",
    label: "Analytics API",
    description:
      "Per-person, per-day activity figures for an Enterprise organization, read with a key only the Primary Owner can create.",
  },
  {
    id: "claude-code-analytics-api",
    label: "Claude Code Analytics API",
    description: "Per-person daily Claude Code figures for a Console organization, read with an Admin API key.",
  },
  {
    id: "audit-log-export",
    label: "Audit-log export",
    description: "A CSV of the last 180 days of account, member, chat, file and project events on Enterprise.",
  },
  {
    id: "activity-feed",
    label: "Activity Feed",
    description:
      "The Compliance API's record of sign-ins and of chat, file, project and admin activity, kept for six years.",
  },
  {
    id: "compliance-api",
    label: "Compliance API content",
    description: "The Compliance API endpoints that return chats, files, projects and sessions themselves.",
  },
  {
    id: "data-export",
    label: "Organization data export",
    description: "A download of the organization's conversations and user data.",
  },
  {
    id: "opentelemetry",
    label: "OpenTelemetry",
    description: "Claude Code or Cowork telemetry sent to a collector your organization runs.",
  },
  {
    id: "inference-hook",
    label: "Inference hook",
    description:
      "The transcript of each prompt, sent by Anthropic to your organization's AI security server before Claude answers.",
  },
  {
    id: "access-transparency-feed",
    label: "Access Transparency events",
    description:
      "anthropic_access and cmek_preserve events in the Activity Feed recording Anthropic's views and preservations.",
  },
  {
    id: "automated-processing",
    label: "Automated processing",
    description: "Anthropic's systems serving the model and running safety checks on what you send.",
  },
  {
    id: "human-review",
    label: "Human review at Anthropic",
    description: "An Anthropic employee viewing content during a safety review or incident response.",
  },
  {
    id: "domain-claim",
    label: "Domain claim",
    description:
      "An Enterprise organization's list of the personal accounts on its verified e-mail domain, and its claim that moves them into the organization if their owners choose to merge.",
  },
  {
    id: "cloud-provider-logs",
    label: "Your cloud provider's logs",
    description: "What your organization's cloud account records about requests to the models it hosts.",
  },
] as const satisfies readonly [Row, ...Row[]];

export type AccountId = (typeof accounts)[number]["id"];
export type PartnerCloudId = (typeof partnerClouds)[number]["id"];
export type SurfaceId = (typeof surfaces)[number]["id"];
export type BehaviourId = (typeof behaviours)[number]["id"];
export type SettingId = (typeof settings)[number]["id"];
export type DataKindId = (typeof dataKinds)[number]["id"];
export type AudienceId = (typeof audiences)[number]["id"];
export type MechanismId = (typeof mechanisms)[number]["id"];

export const accountIds = idsOf(accounts);
export const partnerCloudIds = idsOf(partnerClouds);
export const surfaceIds = idsOf(surfaces);
export const behaviourIds = idsOf(behaviours);
export const settingIds = idsOf(settings);
export const dataKindIds = idsOf(dataKinds);
export const audienceIds = idsOf(audiences);
export const mechanismIds = idsOf(mechanisms);

/** A row's label by id, or the id itself for an id the table lacks. */
export function labelOf(rows: readonly { id: string; label: string }[], id: string): string {
  return rows.find((row) => row.id === id)?.label ?? id;
}

/** The whole vocabulary, as published in `visibility.json`. */
export const vocabulary = { accounts, partnerClouds, surfaces, behaviours, settings, dataKinds, audiences, mechanisms };
