/**
 * The glossary: every term an explainer or the check may mark up. Definitions are plain sentences;
 * a `claude` term states facts about Claude, so it cites the model's claims (validated in lib/glossary.ts).
 */
export const glossary = [
  {
    id: "primary-owner",
    term: "Primary Owner",
    kind: "claude",
    definition:
      "The single account at the top of a Team or Enterprise organization; it can be a service account rather than a person. It can export the organization's chats, and on Enterprise it switches on the Compliance API and creates its keys.",
    claims: ["single-primary-owner", "export-who", "compliance-api-enabling", "compliance-keys"],
  },
  {
    id: "owner",
    term: "Owner",
    kind: "claude",
    definition:
      "A role below the Primary Owner. On Enterprise, Owners can export audit logs and set the retention period; on Team and Enterprise they see usage analytics.",
    claims: ["audit-logs-roles", "custom-retention", "usage-analytics-roles"],
  },
  {
    id: "admin",
    term: "Admin",
    kind: "claude",
    definition:
      "A role with fewer powers than an Owner. On Enterprise, Admins see usage analytics except spend; they cannot export audit logs or the organization's chats.",
    claims: ["usage-analytics-roles", "audit-logs-roles", "export-who"],
  },
  {
    id: "compliance-api",
    term: "Compliance API",
    kind: "claude",
    definition:
      "An interface for Enterprise organizations that gives software access to the organization's activity records and, once the Primary Owner enables it, to the chats, files and projects themselves. Console organizations get the activity records only.",
    claims: ["compliance-api-plans", "compliance-api-enabling", "compliance-content"],
  },
  {
    id: "activity-feed",
    term: "Activity Feed",
    kind: "claude",
    definition:
      "The part of the Compliance API that lists who did what and when: sign-ins, chats, files, projects and admin actions. Each activity can be queried within about a minute and is kept for six years.",
    claims: ["activity-feed"],
  },
  {
    id: "compliance-key",
    term: "Compliance key",
    kind: "claude",
    definition:
      "A key for the Compliance API. On Enterprise the Primary Owner creates it in claude.ai; whoever holds it, a colleague or a security tool, can read what the key allows.",
    claims: ["compliance-keys", "compliance-keys-for-tools"],
  },
  {
    id: "audit-log",
    term: "audit log",
    kind: "claude",
    definition:
      "A record of actions in an Enterprise organization: sign-ins, chats created, renamed or deleted, files uploaded, projects, members and exports. Owners and the Primary Owner can export the last 180 days.",
    claims: ["audit-logs-enterprise", "audit-logs-roles", "audit-log-events"],
  },
  {
    id: "data-export",
    term: "data export",
    kind: "claude",
    definition:
      "A download of an organization's conversations and user data, requested by the Primary Owner on Team and Enterprise. Chats deleted before the export was started are left out of it.",
    claims: ["export-who", "export-contents", "export-omits-deleted"],
  },
  {
    id: "retention",
    term: "retention",
    kind: "claude",
    definition:
      "How long data is kept before it is deleted. On Enterprise, chats are kept indefinitely unless the organization sets a custom retention period, which must be at least 30 days.",
    claims: ["custom-retention"],
  },
  {
    id: "incognito",
    term: "incognito chat",
    kind: "claude",
    definition:
      "A chat that is not saved to your own chat history. On Team and Enterprise it is still included in data exports and the Compliance API, and kept for at least 30 days.",
    claims: ["incognito-not-in-history", "incognito-retention", "incognito-in-compliance-api"],
  },
  {
    id: "zdr",
    term: "zero data retention (ZDR)",
    kind: "claude",
    definition:
      "An arrangement that Anthropic's account team enables for eligible organizations, under which Anthropic does not keep the prompts and outputs of eligible APIs and of Claude Code, except sessions flagged for policy violations. It is not part of the standard Enterprise plan and does not cover claude.ai chats or Cowork.",
    claims: ["zdr-enterprise", "zdr-scope"],
  },
  {
    id: "cmek",
    term: "customer-managed encryption keys (CMEK)",
    kind: "claude",
    definition:
      "The organization holds the key that encrypts its content stored at Anthropic. If Anthropic preserves content beyond the usual retention, for example for a safety investigation, it is re-encrypted outside the organization's key and a preservation event is logged.",
    claims: ["cmek-preserve"],
  },
  {
    id: "access-transparency",
    term: "Access Transparency",
    kind: "claude",
    definition:
      "A feature, available on request, that writes an event to the organization's Activity Feed each time an Anthropic employee views its retained content. It covers the Claude API and Claude Code used with an API key, not claude.ai seats.",
    claims: ["at-on-request", "at-events", "at-covered-surfaces", "at-not-claude-apps"],
  },
  {
    id: "opentelemetry",
    term: "OpenTelemetry",
    kind: "claude",
    definition:
      "An open standard for sending software metrics and events to a collector. An organization can configure Claude Code to send its usage, costs and tool activity to a collector the organization runs.",
    claims: ["otel-monitoring"],
  },
  {
    id: "analytics-api",
    term: "Analytics API",
    kind: "claude",
    definition:
      "An Enterprise interface for usage figures per person and per day, such as conversation and message counts, covering up to the past 90 days. The Primary Owner creates its keys.",
    claims: ["analytics-api"],
  },
  {
    id: "console",
    term: "Claude Console",
    kind: "general",
    definition:
      "The website where organizations that build with the Claude API manage their API keys, members and billing.",
    claims: [],
  },
  {
    id: "soft-delete",
    term: "soft-deleted",
    kind: "claude",
    definition:
      "Removed from your view but still stored. A chat you delete in claude.ai disappears from your history, yet the Compliance API still returns it, marked as deleted, until it is removed for good.",
    claims: ["deleted-chat-leaves-history", "compliance-content-retention"],
  },
  {
    id: "siem",
    term: "SIEM",
    kind: "general",
    definition:
      "Security information and event management: software a security team uses to collect and search logs from many systems in one place.",
    claims: [],
  },
  {
    id: "dlp",
    term: "DLP",
    kind: "general",
    definition:
      "Data loss prevention: tools that inspect what leaves an organization, such as messages and uploads, to catch secrets or personal data.",
    claims: [],
  },
  {
    id: "sso",
    term: "SSO",
    kind: "general",
    definition:
      "Single sign-on: signing in to many services through one account at your organization's identity provider.",
    claims: [],
  },
  {
    id: "scim",
    term: "SCIM",
    kind: "general",
    definition:
      "System for Cross-domain Identity Management: a standard that lets an organization's identity provider create, update and remove user accounts in other services automatically.",
    claims: [],
  },
];
