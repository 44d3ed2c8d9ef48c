/**
 * Claims about the Compliance API (who can use it, what it returns, how long it keeps things), and about
 * what customer-managed encryption keys (CMEK) and Claude in Chrome change in what an organization can pull.
 */
import type { AuthoredClaim } from "../authoring";

const verified = "2026-11-29";

export const complianceClaims = [
  {
    id: "compliance-api-plans",
    statement:
      "The Compliance API is for Enterprise organizations, which get all of it, and Claude Console organizations, which get the Activity Feed only; Public Sector Enterprise organizations are excluded, and Team plans are not among the plans that have it.",
    citations: [
      {
        source: "compliance-api",
        quote:
          "The Compliance API gives Claude Enterprise and Claude Console customers programmatic access to their organization's Activity Feed.",
      },
      {
        source: "compliance-api",
        quote:
          "A standalone Claude Console organization (one with no parent organization) is not part of a Claude Enterprise tenant; it uses Admin API keys and can query the Activity Feed only.",
      },
      {
        source: "compliance-api-access",
        quote:
          "Claude Enterprise organizations and eligible standalone Claude Console organizations have self-service access to the Compliance API.",
      },
      {
        source: "help-compliance-api",
        quote:
          "The Compliance API is generally available to Claude Enterprise plans, excluding Public Sector organizations, and Claude Platform customers in Claude chats.",
      },
    ],
    verified,
    note: "An older version of the Compliance API page (May 2026) said the API was for Enterprise only; the current pages add Console organizations, for the Activity Feed alone.",
  },
  {
    id: "compliance-api-enabling",
    statement: "On Enterprise, the Primary Owner turns the Compliance API on; until then it is off.",
    citations: [
      {
        source: "compliance-api-access",
        quote: "The primary owner enables the Compliance API at claude.ai > Organization settings > API.",
      },
      {
        source: "compliance-faq",
        quote:
          "For a Claude Enterprise organization, the primary owner enables the Compliance API at claude.ai > Organization settings > API",
      },
    ],
    verified,
  },
  {
    id: "compliance-keys",
    statement:
      "On Enterprise, the Primary Owner and Owners create Compliance Access Keys, which reach every endpoint: an Owner's key covers only the Owner's own organization, while the Primary Owner's can cover every organization under the parent organization. In a Console organization an admin creates an Admin API key, which reaches the Activity Feed only.",
    citations: [
      {
        source: "compliance-api-access",
        quote:
          "Required role: organization admin (Claude Console), or primary owner or organization owner (claude.ai).",
      },
      {
        source: "compliance-api-access",
        quote:
          "A primary owner's key can cover every organization under the parent organization; an organization owner's key covers their own organization only.",
      },
      {
        source: "compliance-faq",
        quote:
          "the primary owner of the parent organization (or an organization owner, for a key restricted to their own organization only) creates a Compliance Access Key in claude.ai.",
      },
      {
        source: "compliance-api",
        quote:
          "A Compliance Access Key (created in claude.ai) reaches every endpoint, and an Admin API key (created in Claude Console) reaches the Activity Feed only.",
      },
    ],
    verified,
  },
  {
    id: "compliance-key-reads-everything",
    statement:
      "A Compliance Access Key allowed to read user data can read every chat, file, project and Cowork and Claude Code session transcript in the organizations it covers, including content its creator has not seen.",
    citations: [
      {
        source: "compliance-api-access",
        quote:
          "A Compliance Access Key with read:compliance_user_data can read every chat, file, project, and Cowork and Claude Code session transcript in every linked organization, including content the primary owner has not seen.",
      },
    ],
    verified,
  },
  {
    id: "compliance-keys-for-tools",
    statement:
      "Compliance API credentials are used by security tools (SIEM integrations), so the people and systems reading the data need not be the Primary Owner or an Owner.",
    citations: [
      {
        source: "access-transparency",
        quote: "Existing credentials, audit, export, and SIEM integrations for the Compliance API will still apply.",
      },
    ],
    verified,
  },
  {
    id: "compliance-content",
    statement:
      "For Enterprise organizations, the Compliance API returns the chats, files and projects in claude.ai themselves, and Cowork and Claude Code sessions.",
    citations: [
      {
        source: "compliance-api",
        quote:
          "the underlying chats, files, and projects in claude.ai organizations; and Cowork and Claude Code sessions.",
      },
    ],
    verified,
  },
  {
    id: "compliance-content-retention",
    statement:
      "Compliance API content stays available as long as the organization's retention policy keeps it; soft-deleted chats remain visible, marked with a deletion time, until they are hard-deleted.",
    citations: [
      {
        source: "compliance-content-data",
        quote:
          "Chat, file, and project content is retained for as long as your organization's retention policy allows.",
      },
      {
        source: "compliance-content-data",
        quote:
          "Chats that a user has soft-deleted in claude.ai remain visible through the Compliance API with `deleted_at` populated",
      },
      {
        source: "compliance-content-data",
        quote:
          "chats that have been hard-deleted (through the Compliance API itself, or after the organization's retention window expires) are not retrievable",
      },
    ],
    verified,
  },
  {
    id: "activity-feed",
    statement:
      "The Activity Feed records sign-ins and chat, file, project, administrative and platform activity, is queryable within a minute and keeps events for six years.",
    citations: [
      {
        source: "compliance-activity-feed",
        quote: "records authentication, chat, file, project, administrative, and platform activity",
      },
      {
        source: "compliance-activity-feed",
        quote: "Activities are queryable within 1 minute of occurring and are retained for 6 years.",
      },
    ],
    verified,
  },
  {
    id: "audit-events-in-feed",
    statement: "The events in the audit log are also available through the Compliance API's Activity Feed.",
    citations: [
      { source: "help-audit-logs", quote: "Audit log events are available in the Compliance API." },
      { source: "help-compliance-api", quote: "The Compliance API now includes audit log events" },
    ],
    verified,
  },
  {
    id: "sessions-captured",
    statement:
      "When the Compliance API is on, it captures Claude Code sessions in the terminal, Claude Desktop or an IDE, and Cowork sessions, while the user is signed in with their Enterprise account.",
    citations: [
      {
        source: "compliance-sessions",
        quote: "Claude Code in the terminal, in Claude Desktop, or in an IDE extension, running on the user's machine",
      },
      { source: "compliance-sessions", quote: "Cowork in Claude Desktop" },
      {
        source: "compliance-sessions",
        quote: "applies while users are signed in with their Claude Enterprise account",
      },
    ],
    verified,
  },
  {
    id: "sessions-remote-cowork",
    statement:
      "Cowork sessions started on claude.ai on the web or a phone run in Anthropic's cloud, and the Compliance API returns them through separate endpoints for sessions in the cloud.",
    citations: [
      {
        source: "compliance-sessions",
        quote:
          "Cowork sessions started on claude.ai web or mobile, running in the cloud in Anthropic-managed environments",
      },
      {
        source: "compliance-faq",
        quote:
          "Cowork sessions started on claude.ai web or mobile, which run in the cloud in Anthropic-managed environments, are available through the remote session endpoints.",
      },
    ],
    verified,
  },
  {
    id: "sessions-content",
    statement:
      "Captured sessions hold your prompts, Claude's text, tool calls and the text of tool results, so the contents of files Claude Code read; nothing is masked.",
    citations: [
      {
        source: "compliance-sessions",
        quote: "user prompts, assistant text, tool calls, and the text portions of tool results",
      },
      { source: "compliance-sessions", quote: "Nothing masks URLs, credentials, or personal data" },
      {
        source: "compliance-sessions",
        quote: "activity that never reaches the API (for example, local files the session never sent) is not captured.",
      },
    ],
    verified,
  },
  {
    id: "sessions-retention",
    statement:
      "Captured local sessions are kept for 6 years by default, or for the organization's custom retention period.",
    citations: [
      {
        source: "compliance-sessions",
        quote: "6 years by default, or your organization's custom conversation retention period",
      },
    ],
    verified,
  },
  {
    id: "sessions-not-returned",
    statement:
      "The Compliance API does not return Claude Code sessions run with a Console API key, through Amazon Bedrock, Google Cloud or Microsoft Foundry, or on the web, nor sessions in HIPAA-ready organizations or under zero data retention.",
    citations: [
      { source: "compliance-sessions", quote: "Claude Code sessions authenticated with a Claude Console API key" },
      { source: "compliance-sessions", quote: "Amazon Bedrock, Google Cloud, or Microsoft Foundry" },
      { source: "compliance-sessions", quote: "Claude Code on the web" },
    ],
    verified,
  },
  {
    id: "cmek-local-sessions",
    statement:
      "With customer-managed encryption keys on Enterprise, the Compliance API still lists Cowork and Claude Code sessions run on your computer, but currently returns none of their content.",
    citations: [
      {
        source: "cmek",
        quote:
          "Compliance API local session transcripts (Cowork and Claude Code on users' machines) currently return no message content.",
      },
      {
        source: "compliance-sessions",
        quote: "local sessions are listed and retrievable as usual, but transcript content is not currently returned",
      },
      {
        source: "compliance-faq",
        quote:
          "Organizations that use customer-managed encryption keys see local session metadata but no transcript content.",
      },
    ],
    verified,
  },
  {
    id: "cmek-audit-log-off",
    statement: "With customer-managed encryption keys on Enterprise, the audit-log export is switched off.",
    citations: [
      {
        source: "help-audit-logs",
        quote:
          'You can\'t export data using the "Export logs" button if your organization uses customer-managed encryption keys on an Enterprise plan.',
      },
      { source: "cmek", quote: "Audit log exports are disabled." },
    ],
    verified,
  },
  {
    id: "cmek-exports-signed-urls",
    statement:
      "With customer-managed encryption keys on Enterprise, the signed links that organization data exports rely on are switched off; the page does not say in so many words that exports stop.",
    citations: [
      {
        source: "cmek",
        quote:
          "Signed URLs for temporary file exchanges are disabled. These back organization data exports in claude.ai",
      },
    ],
    verified,
  },
  {
    id: "cmek-titles-search",
    statement:
      "With customer-managed encryption keys on Enterprise, conversation titles are encrypted and conversation history search is switched off.",
    citations: [
      {
        source: "cmek",
        quote:
          "Conversation history search is disabled. Conversation titles are encrypted, so searching by title or content returns no results.",
      },
    ],
    verified,
  },
  {
    id: "cmek-console-content",
    statement:
      "With customer-managed encryption keys on a Console (Claude Platform) organization, the parts of the Compliance API that return prompts, responses and files are switched off.",
    citations: [
      {
        source: "cmek",
        quote:
          "Portions of the Compliance API that return raw content, such as prompts, responses, and files, are disabled.",
      },
    ],
    verified,
  },
  {
    id: "cmek-who-configures",
    statement:
      "On Enterprise, Owners and the Primary Owner switch customer-managed encryption keys on for the organization, and they protect only data written afterwards.",
    citations: [
      {
        source: "cmek",
        quote:
          "Only Organization Admins (on Claude Platform) or Owners and the Primary Owner (on Claude Enterprise) can configure CMEK.",
      },
      { source: "cmek", quote: "CMEK protects data written after your key takes effect." },
    ],
    verified,
  },
  {
    id: "claude-in-chrome-compliance",
    statement: "The Compliance API covers Claude in Chrome sessions; that coverage is in beta.",
    citations: [
      {
        source: "compliance-sessions",
        quote:
          "Coverage of sessions in Claude Science, Claude in Chrome, and the Claude add-ins for Google Docs, Google Sheets, and Google Slides is in beta.",
      },
    ],
    verified,
  },
  {
    id: "claude-in-chrome-side-panel",
    statement:
      "On Team and Max plans the Claude in Chrome side panel runs as a Cowork session; on Enterprise it does once the organization enables it, and these side-panel sessions are saved to your history.",
    citations: [
      {
        source: "help-claude-in-chrome-admin",
        quote: "On Max and Team plans, the side panel runs as a Claude Cowork session",
      },
      {
        source: "help-claude-in-chrome-admin",
        quote:
          "On Enterprise plans, the side panel runs as a Cowork session once you've enabled it for your organization",
      },
      {
        source: "help-claude-in-chrome-admin",
        quote: "Side panel sessions are saved to users' history, move with them across surfaces",
      },
      {
        source: "help-claude-in-chrome-admin",
        quote: "Where the Cowork side panel isn't enabled, users have the classic side panel",
      },
    ],
    verified,
  },
  {
    id: "claude-in-chrome-coverage",
    statement:
      "Zero data retention does not cover Claude in Chrome, while customer-managed encryption keys on Enterprise do.",
    citations: [
      {
        source: "help-claude-in-chrome-admin",
        quote: "Zero data retention (ZDR): Not supported for Claude in Chrome, the same as Cowork.",
      },
      {
        source: "cmek",
        quote: "Claude Enterprise … Chat content, including skills, plugins, and artifacts. … Claude in Chrome.",
      },
    ],
    verified,
  },
] as const satisfies readonly AuthoredClaim[];
