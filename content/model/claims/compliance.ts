/** Claims about the Compliance API: who can use it, what it returns, how long it keeps things. */
import type { AuthoredClaim } from "../authoring";

const verified = "2026-11-22";

export const complianceClaims = [
  {
    id: "compliance-api-plans",
    statement:
      "Which organizations get the Compliance API: one version of the page says Enterprise only; the help centre and another version add Claude Console (Platform) organizations, which get the Activity Feed only.",
    citations: [
      {
        source: "compliance-api",
        quote: "available only on the Claude Enterprise plan and must be enabled before use.",
      },
      {
        source: "compliance-api-mirror",
        quote:
          "Claude Enterprise organizations have access to the full API; Claude Console organizations have access to the Activity Feed only.",
      },
      {
        source: "help-compliance-api",
        quote:
          "generally available to Claude Enterprise plans, excluding Public Sector organizations, and Claude Platform customers.",
      },
    ],
    verified,
    dispute: {
      resolution:
        "The site gives the full API (chats, files, projects and sessions) to Enterprise organizations only, and the Activity Feed alone to Console organizations, as the more detailed versions say. Public Sector Enterprise organizations are excluded.",
    },
  },
  {
    id: "compliance-api-enabling",
    statement: "On Enterprise, the Compliance API is off until the Primary Owner turns it on.",
    citations: [
      {
        source: "help-compliance-api",
        quote:
          "Enterprise plan Primary Owners can enable the Compliance API by navigating to Organization settings > API",
      },
    ],
    verified,
  },
  {
    id: "compliance-keys",
    statement:
      "The Primary Owner creates Compliance Access Keys, which reach every endpoint; in a Console organization an admin creates an Admin API key, which reaches the Activity Feed only.",
    citations: [
      {
        source: "compliance-faq",
        quote:
          "the primary owner of the parent organization creates a Compliance Access Key in claude.ai. For Activity Feed access only, an organization admin in your Claude Console organization creates an Admin API key.",
      },
      {
        source: "compliance-api",
        quote:
          "A Compliance Access Key (created in claude.ai) reaches every endpoint, and an Admin API key (created in Claude Console) reaches the Activity Feed only.",
      },
      {
        source: "compliance-api-access",
        quote: "Required role: organization admin (Claude Console) or primary owner (claude.ai).",
      },
    ],
    verified,
  },
  {
    id: "compliance-keys-for-tools",
    statement:
      "Compliance API credentials are used by security tools (SIEM integrations), so the people and systems reading the data need not be the Primary Owner.",
    citations: [
      {
        source: "access-transparency",
        quote: "Existing credentials, audit, export, and SIEM integrations for the Compliance API will still apply.",
      },
    ],
    verified,
  },
  {
    id: "owner-keys-third-party",
    statement:
      "A third-party summary says Owners can also create a Compliance key limited to their own organization; no Anthropic page in the register confirms it.",
    citations: [
      { source: "classmethod-compliance-api", quote: "親組織のプライマリオーナー(自組織限定なら組織オーナーも可)" },
    ],
    verified,
  },
  {
    id: "compliance-content",
    statement: "For claude.ai organizations, the Compliance API returns the chats, files and projects themselves.",
    citations: [
      { source: "compliance-api", quote: "for claude.ai organizations, the underlying chats, files, and projects" },
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
        quote: "Content is retained for as long as your organization's retention policy allows.",
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
      "The Activity Feed records every sign-in and every chat, file, project and administrative action, is queryable within a minute and keeps events for six years.",
    citations: [
      {
        source: "compliance-activity-feed",
        quote: "records every authentication, chat, file, project, administrative, and platform action",
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
    citations: [{ source: "help-audit-logs", quote: "Audit log events are available in the Compliance API." }],
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
] as const satisfies readonly AuthoredClaim[];
