/** Claims about what a claude.ai organization's roles can reach: exports, audit logs, analytics, incognito. */
import type { AuthoredClaim } from "../authoring";

const verified = "2026-11-22";

export const organizationClaims = [
  {
    id: "export-who",
    statement:
      "Who can run an organization data export: four official statements (the export article, the article on exporting your own data, the roles table and the audit-log article) name only the Primary Owner of a Team or Enterprise organization; the incognito article says exports are available to account Owners.",
    citations: [
      {
        source: "help-org-export",
        quote: "Organization data exports are only available to Team and Enterprise plan Primary Owners.",
      },
      {
        source: "help-export-your-data",
        quote:
          "If you're a member of a Team or Enterprise plan, only your organization's Primary Owner can access data exports.",
      },
      { source: "help-roles", quote: "| Request data exports | | | | ✅ |" },
      { source: "help-audit-logs", quote: "chat inputs/outputs will be exportable by Primary Owners via data exports" },
      {
        source: "help-incognito",
        quote: "Incognito chats are included in organizational data exports available to account Owners.",
      },
    ],
    verified: "2026-11-29",
    note: "In the roles table the four columns are User, Admin, Owner and Primary Owner; only the Primary Owner's is ticked.",
    dispute: {
      resolution:
        'Four of the five official statements name only the Primary Owner, so the site answers "yes" for the Primary Owner and "possible" for Owners, and suggests asking the Primary Owner whether Owners in your organization can export.',
    },
  },
  {
    id: "single-primary-owner",
    statement:
      "A Team or Enterprise organization has exactly one Primary Owner, which may be a service account rather than a person.",
    citations: [
      { source: "help-roles", quote: "Team and Enterprise organizations can only have one Primary Owner." },
      {
        source: "help-roles",
        quote: "Your organization's Primary Owner can be a service account that isn't tied to an individual user.",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "export-contents",
    statement:
      "An organization data export contains members' conversations and user data, and may include uploaded files.",
    citations: [
      {
        source: "help-org-export",
        quote: "Data exports include conversation data and the user data for your account.",
      },
      {
        source: "help-who-owns-data",
        quote: "which may contain your conversations with Claude, uploaded files, and usage patterns",
      },
      { source: "help-audit-logs", quote: "chat inputs/outputs will be exportable by Primary Owners via data exports" },
    ],
    verified,
  },
  {
    id: "export-omits-deleted",
    statement:
      "Exports started after a deletion leave out the deleted messages, files and projects; exports made earlier are not changed.",
    citations: [
      {
        source: "help-org-export",
        quote:
          "Messages, files, and projects deleted from your account, either manually by individual users or via enterprise retention settings, will not be included in data exports initiated after the deletion.",
      },
    ],
    verified,
  },
  {
    id: "members-no-self-serve-export",
    statement: "Members of Team and Enterprise organizations cannot export the organization's data themselves.",
    citations: [
      {
        source: "help-org-export",
        quote: "Individual members of Team and Enterprise organizations do not have a self-serve export option.",
      },
    ],
    verified,
  },
  {
    id: "customer-controls-data",
    statement:
      "For Team and Enterprise, the customer organization controls the data its users submit and may access and export it.",
    citations: [
      {
        source: "help-controller",
        quote: "The customer may access and export data (such as conversation history) submitted by its Users.",
      },
    ],
    verified,
  },
  {
    id: "audit-logs-enterprise",
    statement:
      "Audit logs exist only for Enterprise organizations; Owners and the Primary Owner can export the last 180 days of them as a file, unless the organization uses customer-managed encryption keys.",
    citations: [
      { source: "help-audit-logs", quote: "Audit logs are available for Enterprise organizations only." },
      {
        source: "help-audit-logs",
        quote: "all audit logs for the organization within the past 180 days will be aggregated",
      },
      {
        source: "help-audit-logs",
        quote:
          'You can\'t export data using the "Export logs" button if your organization uses customer-managed encryption keys on an Enterprise plan.',
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "audit-logs-roles",
    statement: "Only Owners and the Primary Owner can export audit logs; Admins cannot.",
    citations: [
      {
        source: "help-audit-logs",
        quote: "Organization Owners and Primary Owners can export data within Organization settings > Data and Privacy",
      },
      { source: "help-roles", quote: "| Request audit logs | | | ✅ | ✅ |" },
    ],
    verified: "2026-11-29",
    note: "The roles table's columns are User, Admin, Owner and Primary Owner; Owner and Primary Owner are ticked for requesting audit logs.",
  },
  {
    id: "audit-log-columns",
    statement:
      "Each audit-log row records when, who, what happened, to what, and from which IP address, device, browser and platform.",
    citations: [
      { source: "help-audit-logs", quote: "Audit logs consist of the following columns:" },
      { source: "help-audit-logs", quote: "created_at | datetime | When the log was written" },
      { source: "help-audit-logs", quote: "actor_info | dict[str, Any] | Information on the actor, if available" },
      {
        source: "help-audit-logs",
        quote: "ip_address | str | None | IP Address corresponding to the event, if available.",
      },
      {
        source: "help-audit-logs",
        quote: "device_id | str | None | Device ID corresponding to the event, if available.",
      },
      {
        source: "help-audit-logs",
        quote: "user_agent | str | None | User Agent header corresponding to the event, if available.",
      },
      {
        source: "help-audit-logs",
        quote: "client_platform | str | None | Client Platform corresponding to the event, if available.",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "audit-log-events",
    statement: "The audit log records sign-ins, and the creation, renaming and deletion of chats, files and projects.",
    citations: [
      { source: "help-audit-logs", quote: "user_signed_in_sso | User signed in via SSO." },
      { source: "help-audit-logs", quote: "conversation_created | A conversation has been created." },
      { source: "help-audit-logs", quote: "conversation_renamed | A conversation has been renamed." },
      { source: "help-audit-logs", quote: "conversation_deleted | A conversation has been deleted." },
      { source: "help-audit-logs", quote: "file_uploaded | A file has been uploaded." },
      {
        source: "help-audit-logs",
        quote: "project_document_deleted | A document has been deleted from a project's knowledge base.",
      },
      {
        source: "help-audit-logs",
        quote: "project_document_created | A document has been added to a project's knowledge base.",
      },
      { source: "help-audit-logs", quote: "project_created | A project has been created by a user." },
      { source: "help-audit-logs", quote: "project_renamed | A project has been renamed by a user." },
      { source: "help-audit-logs", quote: "project_deleted | A project has been deleted by a user." },
      {
        source: "help-audit-logs",
        quote: "project_visibility_changed | The visibility of a project has been changed by a user.",
      },
      { source: "help-audit-logs", quote: "updated_privacy: The new privacy/visibility of the project." },
    ],
    verified: "2026-11-29",
  },
  {
    id: "audit-log-titles",
    statement:
      "Whether chat titles reach the audit log: the page says titles are not exported, but its event table gives the conversation_renamed event the chat's new name.",
    citations: [
      {
        source: "help-audit-logs",
        quote:
          "title and content of chats and projects are not available to be exported in audit logs (only their unique identifiers will be exported)",
      },
      { source: "help-audit-logs", quote: "new_name: New name for the conversation" },
    ],
    verified,
    dispute: {
      resolution:
        "The site follows the event table: the title a chat gets when it is created stays out of the audit log, but the new name of a chat you rename appears in it.",
    },
  },
  {
    id: "usage-analytics-roles",
    statement:
      "Usage analytics are open to Owners and the Primary Owner on Team, and to Owners, the Primary Owner and Admins on Enterprise, where Admins see everything except spend.",
    citations: [
      {
        source: "help-usage-analytics",
        quote:
          "Usage analytics are available to Team plan Owners and Primary Owners, and Enterprise plan Owners, Primary Owners, and Admins. Enterprise Admins can view all analytics except Spend.",
      },
      { source: "help-usage-analytics-older", quote: "Primary Owners and Owners" },
    ],
    verified,
    note: "An older version of the article covered Enterprise only, for Primary Owners and Owners; the site follows the current version.",
  },
  {
    id: "member-usage-view",
    statement:
      "When Member analytics is on, any member of a Team or Enterprise organization can see their own usage by product, model and skill, and where they stand against their spend limits, under Settings > Usage. It was off by default until 11 July 2026 and is on by default from that day; Owners and the Primary Owner can switch it off for the whole organization.",
    citations: [
      {
        source: "help-usage-analytics",
        quote:
          "any member of the organization can see their own usage broken down by product, model, and skill, along with where they stand against any spend limits set for them.",
      },
      {
        source: "help-usage-analytics",
        quote: "Individual usage analytics is off by default, but will be on by default starting on July 11, 2026.",
      },
      {
        source: "help-usage-analytics",
        quote:
          "Owners and Primary Owners control whether members can see this view. The setting applies to the whole organization.",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "usage-analytics-spend",
    statement:
      "The analytics show how concentrated spend is and, on the Claude Code page, the top spenders. The spend report, a CSV covering up to the past 90 days, gives each person's email address and account ID, with requests, tokens and spend per product and model.",
    citations: [
      { source: "help-usage-analytics", quote: "Spend concentration" },
      { source: "help-usage-analytics", quote: "Top spenders" },
      {
        source: "help-usage-analytics",
        quote:
          "The report provides per-user, per-model visibility into token usage and estimated spend within a selected time period, updated daily.",
      },
      { source: "help-usage-analytics", quote: "You can go back up to 90 days" },
      {
        source: "help-usage-analytics",
        quote: "User's email … Account UUID … Product (such as Chat, Claude Code, Cowork, or Office Agents)",
      },
    ],
    verified: "2026-11-29",
    note: "Earlier versions of the article listed a top-10 users by spend leaderboard; the August 2026 version names spend concentration and top spenders instead.",
  },
  {
    id: "analytics-api",
    statement:
      "On Enterprise, only the Primary Owner can switch on the Analytics API and create its keys. It returns each member's activity per day across chat, Claude Code and other Claude products, and per-person cost and usage on usage-based plans, for dates from 1 January 2026 on.",
    citations: [
      {
        source: "platform-analytics-api",
        quote: "Only the primary owner of the organization can enable API access and create Analytics API keys.",
      },
      {
        source: "platform-analytics-api",
        quote:
          "per-user daily metrics across chat (conversations, messages, projects, files, artifacts), Claude Code (sessions, commits, pull requests, lines of code, tool actions), and other Claude products",
      },
      {
        source: "platform-analytics-api",
        quote: "per-user and organization-level token usage and cost over time (usage-based Enterprise plans)",
      },
      {
        source: "platform-analytics-api",
        quote: "Claude Enterprise Analytics API data is available for dates on or after January 1, 2026.",
      },
      {
        source: "help-analytics-api",
        quote: "Usage and cost data is available with finer-grained per-user and time-bucketed breakdowns.",
      },
    ],
    verified: "2026-11-29",
    note: "An older version of the help article said the data covered up to the past 90 days; its newer version no longer says so, and the developer page gives only the 1 January 2026 start. Whether a limit on how far back requests reach still applies is not documented in the pages read here.",
  },
  {
    id: "analytics-vs-compliance",
    statement:
      "The Analytics API gives counts; the Compliance API is what gives individual actions, raw events and conversation content.",
    citations: [
      {
        source: "platform-analytics-api",
        quote:
          "For governance and auditing use cases (individual user actions, raw activity events, conversation content), see the Compliance API.",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "custom-retention",
    statement:
      "Enterprise organizations keep data indefinitely by default; Owners and the Primary Owner can set a custom retention period of at least 30 days.",
    citations: [
      {
        source: "help-custom-retention",
        quote: "By default, data is retained indefinitely unless a custom retention period is set.",
      },
      { source: "help-custom-retention", quote: "The minimum retention period is 30 days" },
      { source: "help-custom-retention", quote: "This feature is available to Enterprise plan customers." },
      {
        source: "help-custom-retention",
        quote:
          "To set custom retention periods for your organization, you must have either a Primary Owner or Owner role.",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "project-retention-supersedes",
    statement:
      "In an Enterprise organization, a custom retention period set for projects takes precedence over the one set for chats, and a project's period runs from the project's last update.",
    citations: [
      {
        source: "help-custom-retention",
        quote:
          "Note that your custom data retention periods set for projects will supersede your custom retention periods for any chats.",
      },
      {
        source: "help-custom-retention",
        quote: "Retention period starts from the time the project was last updated",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "incognito-not-in-history",
    statement: "Incognito chats are not saved to your chat history.",
    citations: [{ source: "help-incognito", quote: "While incognito chats aren't saved to your chat history" }],
    verified,
  },
  {
    id: "incognito-retention",
    statement:
      "Incognito chats are kept for 30 days by default, or longer under an organization's retention policy; on Team and Enterprise the 30 days are for safety.",
    citations: [
      {
        source: "help-incognito",
        quote:
          "they are retained for either 30 days (default), or longer in accordance with your organization's custom data retention setting",
      },
      {
        source: "help-incognito",
        quote:
          "retained for 30 days for safety, or longer in accordance with your organization's data retention policy",
      },
    ],
    verified,
  },
  {
    id: "incognito-in-compliance-api",
    statement: "Incognito chats are included in the Compliance API.",
    citations: [
      {
        source: "help-incognito",
        quote: "Incognito chats are included in the Compliance API (available for Enterprise plans).",
      },
    ],
    verified,
  },
  {
    id: "incognito-not-in-projects",
    statement: "Incognito mode is only available for chats outside projects.",
    citations: [
      { source: "help-incognito", quote: "Incognito mode is currently only available for chats outside of projects" },
    ],
    verified,
  },
] as const satisfies readonly AuthoredClaim[];
