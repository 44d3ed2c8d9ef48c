/**
 * The glossary: every term an explainer or the check may mark up. Definitions are plain sentences;
 * a `claude` term states facts about Claude, so it cites the model's claims (validated in lib/glossary/glossary-schema.ts).
 */
export const glossary = [
  {
    id: "primary-owner",
    term: "Primary Owner",
    kind: "claude",
    definition:
      "The single account at the top of a Team or Enterprise organization; it can be a service account rather than a person. It can export the organization's chats, and on Enterprise it switches on the Compliance API and creates Compliance keys, which can cover every organization under it; Owners can create keys too, for their own organization only.",
    claims: ["single-primary-owner", "export-who", "compliance-api-enabling", "compliance-keys"],
  },
  {
    id: "owner",
    term: "Owner",
    kind: "claude",
    definition:
      "A role below the Primary Owner. On Enterprise, Owners can create Compliance keys for their own organization, export audit logs and set the retention period; on Team and Enterprise they see usage analytics and decide whether members see their own usage.",
    claims: ["audit-logs-roles", "custom-retention", "usage-analytics-roles", "member-usage-view", "compliance-keys"],
  },
  {
    id: "admin",
    term: "Admin",
    kind: "claude",
    definition:
      "A role with fewer powers than an Owner. On Enterprise, Admins see usage analytics except spend; they cannot export audit logs or the organization's chats, or create Compliance keys. But like Owners they can set up Inference hooks, which send the transcript of each prompt to a server the organization runs.",
    claims: ["usage-analytics-roles", "audit-logs-roles", "export-who", "compliance-keys", "inference-hooks-who"],
  },
  {
    id: "compliance-api",
    term: "Compliance API",
    kind: "claude",
    definition:
      "An interface for Enterprise and Claude Console organizations that gives software access to the organization's activity records. On Enterprise, once the Primary Owner enables it, it also reaches the chats, files and projects themselves; Console organizations get the activity records only.",
    claims: ["compliance-api-plans", "compliance-api-enabling", "compliance-content"],
  },
  {
    id: "activity-feed",
    term: "Activity Feed",
    kind: "claude",
    definition:
      "The part of the Compliance API that lists who did what and when: sign-ins, and chat, file, project and admin activity. Each activity can be queried within about a minute and is kept for six years.",
    claims: ["activity-feed"],
  },
  {
    id: "compliance-key",
    term: "Compliance key",
    kind: "claude",
    definition:
      "A key for the Compliance API. On Enterprise the Primary Owner and Owners create it in claude.ai, an Owner's key covering only their own organization; whoever holds it, a colleague or a security tool, can read what the key allows, which can be every chat, file and session.",
    claims: ["compliance-keys", "compliance-key-reads-everything", "compliance-keys-for-tools"],
  },
  {
    id: "inference-hooks",
    term: "Inference hooks",
    kind: "claude",
    definition:
      "An Enterprise feature, in beta, that makes Anthropic send the transcript of each prompt in claude.ai, Cowork and Claude Code to an AI security server the organization or its security vendor runs, before Claude answers. The server can block a prompt, and it can keep a copy. Admins, Owners and the Primary Owner can set it up.",
    claims: [
      "inference-hooks-who",
      "inference-hooks-transcript",
      "inference-hooks-surfaces",
      "inference-hooks-archival",
    ],
  },
  {
    id: "audit-log",
    term: "audit log",
    kind: "claude",
    definition:
      "A record of actions in an Enterprise organization: sign-ins, chats created, renamed or deleted, files uploaded, projects, members and exports. Owners and the Primary Owner can export the last 180 days, unless the organization uses customer-managed encryption keys.",
    claims: ["audit-logs-enterprise", "audit-logs-roles", "audit-log-events", "cmek-audit-log-off"],
  },
  {
    id: "data-export",
    term: "data export",
    kind: "claude",
    definition:
      "A download of an organization's conversations and user data, requested by the Primary Owner on Team and Enterprise. Chats deleted before the export was started are left out of it. Under customer-managed encryption keys on Enterprise, the links exports are delivered through are switched off.",
    claims: ["export-who", "export-contents", "export-omits-deleted", "cmek-exports-signed-urls"],
  },
  {
    id: "retention",
    term: "retention",
    kind: "claude",
    definition:
      "How long data is kept before it is deleted. On Enterprise, chats are kept indefinitely unless the organization sets a custom retention period, which must be at least 30 days; a period set for projects takes precedence over the one for chats. On the Free, Pro and Max plans, Anthropic keeps chats in its back-end storage for up to 30 days, or up to 5 years if you let it use them to improve Claude.",
    claims: ["custom-retention", "project-retention-supersedes", "consumer-retention"],
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
      "An arrangement that Anthropic enables for eligible organizations, under which it does not keep the prompts and outputs of eligible APIs and of Claude Code, except sessions flagged for policy violations. It covers only requests signed in to that organization, is not part of the standard Enterprise plan, and does not cover claude.ai chats or Cowork.",
    claims: ["zdr-enterprise", "zdr-scope", "zdr-sign-in-scope"],
  },
  {
    id: "cmek",
    term: "customer-managed encryption keys (CMEK)",
    kind: "claude",
    definition:
      "The organization holds the key that encrypts its content stored at Anthropic. If Anthropic preserves content beyond the usual retention, for example for a safety investigation, it is re-encrypted outside the organization's key and a preservation event is logged. On Enterprise the keys also switch off the audit-log export and the links data exports use, encrypt chat titles, and leave Cowork and Claude Code sessions run on your computer without content in the Compliance API.",
    claims: [
      "cmek-preserve",
      "cmek-audit-log-off",
      "cmek-exports-signed-urls",
      "cmek-titles-search",
      "cmek-local-sessions",
    ],
  },
  {
    id: "access-transparency",
    term: "Access Transparency",
    kind: "claude",
    definition:
      "A feature, available on request, that writes an event to the organization's Activity Feed each time an Anthropic employee views its retained content. It covers the Claude API (apart from its Batch and Files APIs), Claude Code used with an API key and Claude Platform on AWS, from the time it is switched on; not claude.ai seats.",
    claims: [
      "at-on-request",
      "at-events",
      "at-covered-surfaces",
      "at-exclusions",
      "at-coverage-timing",
      "at-not-claude-apps",
    ],
  },
  {
    id: "opentelemetry",
    term: "OpenTelemetry",
    kind: "claude",
    definition:
      "An open standard for sending software metrics and events to a collector. An organization can have Claude Code and, on Team and Enterprise, Cowork send usage, costs and tool activity to a collector it runs, labelled with who did what. Cowork includes prompt text by default; Claude Code only when a setting turns it on.",
    claims: ["otel-monitoring", "cowork-otel", "cowork-otel-content", "otel-identity-claude-account", "otel-prompts"],
  },
  {
    id: "managed-settings",
    term: "managed settings",
    kind: "claude",
    definition:
      "Claude Code settings an organization enforces: a file or device policy on the computer, which applies whoever signs in there, or server-managed settings an Owner sets in the claude.ai console, which reach sessions signed in with the organization's Team or Enterprise account. Running /status in Claude Code shows whether they apply.",
    claims: ["otel-monitoring", "otel-managed-settings-reach", "managed-settings-status"],
  },
  {
    id: "analytics-api",
    term: "Analytics API",
    kind: "claude",
    definition:
      "An Enterprise interface for activity figures per person and per day, such as conversation and message counts and Claude Code sessions, and on usage-based plans each person's cost, for days from 1 January 2026 on. Only the Primary Owner can switch it on and create its keys.",
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
    id: "domain-claim",
    term: "domain claim",
    kind: "claude",
    definition:
      "An Enterprise organization taking over the personal Free, Pro and Max accounts on an e-mail domain it has verified. Each person gets an e-mail, a notice in Claude and at least 30 days to choose between merge and join and join fresh. Accounts on other addresses are not affected, and a Team organization cannot claim accounts.",
    claims: ["domain-claim-enterprise-only", "domain-claim-notice", "domain-claim-work-address-only"],
  },
  {
    id: "merge-and-join",
    term: "merge and join",
    kind: "claude",
    definition:
      "The choice, after a domain claim, to move your personal chats, projects, files and memory into a new account in the Enterprise organization. It cannot be undone, and the moved data is then the organization's, reachable like any other member's. Organizations with HIPAA readiness or customer-managed encryption keys do not offer it.",
    claims: ["domain-claim-merge", "domain-claim-hipaa-cmek"],
  },
  {
    id: "join-fresh",
    term: "join fresh",
    kind: "claude",
    definition:
      "The choice, after a domain claim, to start a clean Enterprise account and bring nothing from the personal one; export your data first if you want a copy. It is also what happens if you do not choose before the deadline.",
    claims: ["domain-claim-join-fresh"],
  },
  {
    id: "memory",
    term: "memory",
    kind: "claude",
    definition:
      "What Claude remembers about you from your chats in the apps, which you can see and edit in Settings. It is included in data exports and kept under the same retention as your chats; incognito chats are not saved to it.",
    claims: ["memory-you-control", "memory-in-exports", "memory-retention", "memory-not-incognito"],
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
