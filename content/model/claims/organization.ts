/** Claims about what a claude.ai organization's roles can reach: exports, audit logs, analytics, incognito. */
import type { AuthoredClaim } from "../authoring";

const verified = "2026-11-22";

export const organizationClaims = [
  {
    id: "export-who",
    statement:
      "Who can run an organization data export: the export article and the roles table say only the Primary Owner of a Team or Enterprise organization; the incognito article says exports are available to account Owners.",
    citations: [
      {
        source: "help-org-export",
        quote: "Organization data exports are only available to Team and Enterprise plan Primary Owners.",
      },
      {
        source: "help-incognito",
        quote: "Incognito chats are included in organizational data exports available to account Owners.",
      },
    ],
    verified,
    dispute: {
      resolution:
        'The site answers "yes" for the Primary Owner and "possible" for Owners, and suggests asking the Primary Owner whether Owners in your organization can export.',
    },
  },
  {
    id: "single-primary-owner",
    statement:
      "A Team or Enterprise organization has exactly one Primary Owner, which may be a service account rather than a person.",
    citations: [
      { source: "help-roles", quote: "Claude for Work organizations can only have one Primary Owner." },
      {
        source: "help-roles",
        quote: "Your organization's Primary Owner can be a service account that isn't tied to an individual user.",
      },
    ],
    verified,
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
      "Audit logs exist only for Enterprise organizations; Owners and the Primary Owner can export the last 180 days of them as a file.",
    citations: [
      { source: "help-audit-logs", quote: "Audit logs are available only for Enterprise organizations." },
      {
        source: "help-audit-logs",
        quote: "all audit logs for the organization within the past 180 days will be aggregated",
      },
    ],
    verified,
  },
  {
    id: "audit-logs-roles",
    statement: "Only Owners and the Primary Owner can export audit logs; Admins cannot.",
    citations: [
      {
        source: "help-audit-logs",
        quote: "Organization Owners and Primary Owners can export data within Organization settings > Data and Privacy",
      },
      { source: "help-roles", quote: "Request audit logs" },
    ],
    verified,
    note: 'The roles table lists "Request audit logs" for Owners and Primary Owners only.',
  },
  {
    id: "audit-log-columns",
    statement:
      "Each audit-log row records when, who, what happened, to what, and from which IP address, device, browser and platform.",
    citations: [
      {
        source: "help-audit-logs",
        quote:
          "`created_at`, `actor_info`, `event`, `event_info`, `entity_info`, `ip_address`, `device_id`, `user_agent`, `client_platform`",
      },
    ],
    verified,
  },
  {
    id: "audit-log-events",
    statement: "The audit log records sign-ins, and the creation, renaming and deletion of chats, files and projects.",
    citations: [
      {
        source: "help-audit-logs",
        quote: "user_signed_out, user_signed_in_sso, user_signed_in_google, user_signed_in_apple",
      },
      {
        source: "help-audit-logs",
        quote: "file_uploaded, conversation_renamed, conversation_deleted, conversation_created",
      },
      {
        source: "help-audit-logs",
        quote:
          "project_visibility_changed, project_renamed, project_document_deleted, project_document_created, project_deleted, project_created",
      },
    ],
    verified,
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
    id: "usage-analytics-spend",
    statement:
      "The analytics include a top-10 users by spend list and a spend report with per-user, per-model token use and estimated spend.",
    citations: [
      { source: "help-usage-analytics", quote: "Top 10 users by spend leaderboard" },
      {
        source: "help-usage-analytics",
        quote: "per-user, per-model visibility into token usage and estimated spend, updated daily",
      },
    ],
    verified,
  },
  {
    id: "analytics-api",
    statement:
      "On Enterprise, the Primary Owner can create Analytics API keys that return per-user engagement figures per day for up to the past 90 days.",
    citations: [
      {
        source: "help-analytics-api",
        quote:
          "The Analytics API is available on Enterprise plans. Primary Owners can generate API keys to get started.",
      },
      {
        source: "help-analytics-api",
        quote:
          "All data is aggregated per organization, per day, and is available for up to the past 90 days (not before January 1, 2026).",
      },
      {
        source: "help-analytics-api-keys",
        quote: "In order to mint new analytics API keys, you must be a Primary Owner",
      },
    ],
    verified,
  },
  {
    id: "analytics-vs-compliance",
    statement:
      "The Analytics API gives counts; the Compliance API is what gives individual actions, raw events and conversation content.",
    citations: [
      {
        source: "help-analytics-api",
        quote: "gives you access to individual user actions, raw activity events, and conversation content",
      },
    ],
    verified,
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
      { source: "help-custom-retention", quote: "This feature is available to Claude Enterprise plan customers." },
    ],
    verified,
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
