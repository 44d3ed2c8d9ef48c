/**
 * Claims about personal accounts on a work e-mail address (domain claims, moving an account into an
 * organization, telling accounts apart) and about data people ask for that the first model lacked:
 * memory, shared chats, feedback, and the Analytics API's per-person Claude Code and Cowork figures.
 */
import type { AuthoredClaim } from "../authoring";

const verified = "2026-11-29";

export const accountClaims = [
  // Domain claims and moving a personal account.
  {
    id: "domain-claim-enterprise-only",
    statement:
      "An Enterprise organization can claim the personal Free, Pro and Max accounts on an e-mail domain it has verified and move them into its workspace. A Team organization cannot claim existing personal accounts.",
    citations: [
      {
        source: "help-domain-claim",
        quote:
          "Domain claiming lets Enterprise admins discover, claim, and migrate existing personal Claude accounts (Free, Pro, and Max) on a verified company domain into their Enterprise workspace.",
      },
      {
        source: "help-domain-claim",
        quote:
          "Team plans can verify a domain and block new personal accounts from being created, but admins can't claim or migrate existing accounts.",
      },
    ],
    verified,
  },
  {
    id: "domain-claim-work-address-only",
    statement:
      "A domain claim reaches only accounts on the organization's verified domain, that is on a work address; an account on a personal address such as Gmail is not affected.",
    citations: [
      {
        source: "help-domain-claim-respond",
        quote:
          "Domain claiming only affects accounts tied to your organization's verified domain (your work email). If you have a separate Claude account on a personal email address (like Gmail or Yahoo), that account isn't affected.",
      },
    ],
    verified,
  },
  {
    id: "domain-claim-account-list",
    statement:
      "Once the domain is verified, the Enterprise organization's admins can list the personal accounts on it that are not in the organization, with each one's e-mail address, plan, creation date and last active date, and export the list.",
    citations: [
      {
        source: "help-domain-claim",
        quote:
          "After verifying your domain, you can view all existing personal accounts (Free, Pro, and Max) on that domain that aren't already in your organization.",
      },
      {
        source: "help-domain-claim",
        quote:
          "For each account, you'll see the email address, plan type, account creation date, and last active date. You can also export this list as a CSV.",
      },
    ],
    verified,
  },
  {
    id: "domain-claim-notice",
    statement:
      "When an organization claims the domain, each person on it gets an e-mail and a notice in Claude, with a deadline at least 30 days away to choose what happens to their data.",
    citations: [
      {
        source: "help-domain-claim-respond",
        quote:
          "You'll receive an email and an in-product notification letting you know that your account has been claimed, along with a deadline to choose what happens to your data.",
      },
      {
        source: "help-domain-claim-respond",
        quote: "This deadline is at least 30 days from the date your admin initiates the claim.",
      },
      { source: "help-domain-claim", quote: "The migration window is 30 days from the date you initiate the claim." },
    ],
    verified,
  },
  {
    id: "domain-claim-merge",
    statement:
      "Merge and join moves your personal chats, projects, files and memory into a new account in the organization, cannot be undone, and leaves the moved data reachable by the same means as the rest of the organization's data.",
    citations: [
      {
        source: "help-domain-claim",
        quote:
          "Merge and join: Bring existing chats, projects, files, and memory into a new account within your Enterprise workspace.",
      },
      {
        source: "help-domain-claim-respond",
        quote:
          "This can't be undone-once you merge, your data lives in your Enterprise account and your personal account no longer exists.",
      },
      {
        source: "help-domain-claim-respond",
        quote:
          "Data migrated from your personal account into an Enterprise organization will be accessible via the same mechanism as all other organization data.",
      },
    ],
    verified,
  },
  {
    id: "domain-claim-join-fresh",
    statement:
      "Join fresh starts a clean Enterprise account and moves nothing; you can export your personal data before the deadline. If you do not choose in time, you get a fresh account and lose access to the personal one.",
    citations: [
      {
        source: "help-domain-claim-respond",
        quote: "Start with a clean Enterprise account. None of your personal account data transfers.",
      },
      {
        source: "help-domain-claim-respond",
        quote: "Before your deadline, you can export your data if you want to keep a copy.",
      },
      {
        source: "help-domain-claim-respond",
        quote:
          "If you don't make a choice before the deadline, you'll get a fresh Enterprise account by default. You won't be able to access your personal account after the deadline.",
      },
    ],
    verified,
  },
  {
    id: "domain-claim-hipaa-cmek",
    statement:
      "In an organization with HIPAA readiness or customer-managed encryption keys, a domain claim offers only join fresh: nothing moves from the personal account.",
    citations: [
      {
        source: "help-domain-claim-respond",
        quote:
          "If your organization has turned on HIPAA readiness or customer-managed encryption keys (CMEK), the merge and join option isn't available. Your only option is to join fresh.",
      },
      { source: "help-domain-claim", quote: "Nothing from their personal accounts moves over." },
    ],
    verified,
  },
  {
    id: "personal-account-voluntary-move",
    statement:
      "On Team and Enterprise you can also move a personal account on your work address into the organization yourself, or keep both accounts side by side; content once moved cannot be moved back.",
    citations: [
      {
        source: "help-move-personal-account",
        quote: "Keep both accounts: Your personal account stays active.",
      },
      {
        source: "help-move-personal-account",
        quote: "Bring your data with you: Your personal data moves into the organization's workspace",
      },
      {
        source: "help-move-personal-account",
        quote: "Once content has been moved, it can't be moved back to a personal account.",
      },
      {
        source: "help-join-organization",
        quote:
          "Use your organization account only. Your personal account closes. You choose whether to bring your data with you or delete it.",
      },
    ],
    verified,
  },

  // Telling accounts apart.
  {
    id: "which-account-apps",
    statement:
      "A personal and an organization account can share one e-mail address. In the Claude apps, your initials or name in the lower left corner switch between them, and a blue checkmark marks the account in use.",
    citations: [
      {
        source: "help-move-personal-account",
        quote: "You may have both a personal account and an organization account tied to the same email address.",
      },
      {
        source: "help-move-personal-account",
        quote: "You can switch between them by clicking your initials or name in the lower left corner of the screen.",
      },
      { source: "help-move-personal-account", quote: "A blue checkmark shows which account you're currently using." },
    ],
    verified,
  },
  {
    id: "which-account-claude-code",
    statement:
      "In Claude Code, the /status command shows how you are signed in: a Login method row for a Claude subscription account, and an API key row when an API key is in use.",
    citations: [
      {
        source: "claude-code-authentication",
        quote:
          "check /status to confirm which method is active. The Login method row shows your subscription account, and an API key row appears when an API key is in use.",
      },
    ],
    verified,
  },
  {
    id: "which-account-cowork",
    statement: "Cowork saves your sessions and files to the Claude account you use it with.",
    citations: [
      {
        source: "help-cowork-get-started",
        quote: "your sessions and files are saved to your Claude account",
      },
    ],
    verified,
  },

  // Memory.
  {
    id: "memory-in-exports",
    statement:
      "Everything Claude's memory holds is included in data exports; on Team and Enterprise, memory summaries go into the organization's conversation exports.",
    citations: [
      { source: "help-memory", quote: "All memory data is included in data exports." },
      {
        source: "help-memory",
        quote: "Memory synthesis and chat summaries are included in standard conversation history exports.",
      },
      {
        source: "help-memory",
        quote:
          "All memory will be retained and exportable by admins in accordance with existing enterprise chat data retention policies.",
      },
    ],
    verified,
    note: 'The memory article says "exportable by admins" in a general sense; the export article and the roles table name the Primary Owner as the one who runs exports, so the site treats memory like the rest of an export.',
  },
  {
    id: "memory-retention",
    statement:
      "Memory is kept under the same retention as chats; on Enterprise, the organization's retention period applies to all memory data.",
    citations: [
      {
        source: "help-memory",
        quote: "All memory will be retained in accordance with existing chat data retention policies.",
      },
      {
        source: "help-memory",
        quote: "Enterprise data retention policies apply to all memory-related data, including incognito chats.",
      },
    ],
    verified,
  },
  {
    id: "memory-outlives-deleted-chats",
    statement:
      "In the newer memory experience (personal plans), deleting a chat or letting it expire does not remove the memory entries built from it: you delete those one by one. Team and Enterprise still use the older experience, where deleted chats drop out of the memory summary.",
    citations: [
      {
        source: "help-memory",
        quote:
          "When a conversation expires or is deleted, related memory entries generated from it won't be removed, but you can delete individual memories at any time.",
      },
      {
        source: "help-memory",
        quote: "In the interim, users on Team and Enterprise plans will stay on the legacy experience.",
      },
      { source: "help-memory", quote: "Deleted conversations are removed from memory synthesis." },
    ],
    verified,
    note: "The article says Team and Enterprise will move to the newer experience later; which one you have shows in Settings (Settings > Memory for the newer one, Memory under Settings > Capabilities for the older one).",
  },
  {
    id: "memory-not-incognito",
    statement: "Incognito chats are not saved to Claude's memory.",
    citations: [
      {
        source: "help-memory",
        quote:
          "When this mode is switched on, Claude won't remember your chats, so they won't be saved to Claude's memory or your chat history.",
      },
    ],
    verified,
  },
  {
    id: "memory-you-control",
    statement:
      "You can see everything Claude's memory holds, and change or delete entries, in Settings > Memory, or under Settings > Capabilities in the older experience.",
    citations: [
      {
        source: "help-memory",
        quote: "See exactly what Claude remembers about you by navigating to Settings > Memory.",
      },
      { source: "help-memory", quote: 'To remove an entry entirely, select "Delete."' },
      {
        source: "help-memory",
        quote: 'navigating to Settings > Capabilities and clicking "View and edit memory."',
      },
    ],
    verified,
  },
  {
    id: "memory-apps-only",
    statement: "Memory is built from chats in the Claude apps on the web, desktop and mobile; Cowork has none.",
    citations: [
      {
        source: "help-memory",
        quote:
          "Memory applies to chats on the web, Claude Desktop, and Claude Mobile, and is not currently available for Cowork.",
      },
    ],
    verified,
  },
  {
    id: "memory-org-switch",
    statement:
      "Enterprise Owners can switch memory off for the whole organization, which deletes everyone's memory; Team plans have no organization-wide memory control.",
    citations: [
      {
        source: "help-memory",
        quote:
          "Disabling Claude's memory at the organization level will automatically and permanently delete all memory data for all users in your organization.",
      },
      { source: "help-memory", quote: "Team plans do not have organization-level controls for memory features." },
    ],
    verified,
  },
  {
    id: "memory-not-in-compliance-docs",
    statement:
      "Anthropic's Compliance API pages describe retrieving chats, files and projects, and session transcripts; they do not mention memory.",
    citations: [
      {
        source: "compliance-content-data",
        quote:
          "They retrieve and delete claude.ai chats, files, and projects; Cowork and Claude Code session transcripts are covered on Retrieve session transcripts.",
      },
    ],
    verified,
    note: 'A statement about what the pages cover, not a promise that the API never returns memory: the site answers "possible" for key holders.',
  },

  // Shared chats and views.
  {
    id: "shared-chats-in-organization",
    statement:
      "On Team and Enterprise, a shared chat can be opened only by members of the same organization. The shared copy leaves out attached files and the raw results of connected tools.",
    citations: [
      {
        source: "help-share-chats",
        quote:
          "Users on Team and Enterprise plans can only share chats with other members of the same organization, not publicly.",
      },
      {
        source: "help-share-chats",
        quote:
          "If you share a chat that contains an attached file, the file itself is not included in the shared snapshot and remains private.",
      },
      {
        source: "help-share-chats",
        quote: "the raw data retrieved from MCP tool calls remains hidden in the shared snapshot.",
      },
    ],
    verified,
  },
  {
    id: "activity-feed-views",
    statement:
      "The Activity Feed records each time a Claude app loads a chat, file or project, with who or what did it; a load is not proof that a person read it.",
    citations: [
      {
        source: "compliance-activity-feed",
        quote:
          "Types such as claude_chat_viewed, claude_file_viewed, and claude_project_viewed are recorded each time a Claude app loads the chat, file, or project from Anthropic's servers.",
      },
      {
        source: "compliance-activity-feed",
        quote: "A claude_*_viewed activity means a Claude app loaded content, not that a person viewed it.",
      },
      { source: "compliance-activity-feed", quote: "Who or what performed the activity." },
    ],
    verified,
  },

  // Feedback.
  {
    id: "chat-feedback",
    statement:
      "When you rate a reply with thumbs up or down, Anthropic keeps the data that goes with the rating for 5 years (commercial plans). On Team and Enterprise, Owners and the Primary Owner can switch rating off for the organization.",
    citations: [
      {
        source: "privacy-retention",
        quote:
          "Where you have provided feedback to us (e.g. by submitting feedback through our thumbs up/down button or sent bug reports), we retain data associated with that submission for 5 years.",
      },
      {
        source: "help-feedback-settings",
        quote:
          "As a Primary Owner or Owner of a Team or Enterprise plan, you can manage the ability for members of your organization to submit feedback to Anthropic via thumbs up / thumbs down.",
      },
    ],
    verified,
  },
  {
    id: "claude-code-session-survey",
    statement:
      "Claude Code's session survey records only your rating. Only if you then answer Yes to sharing the session are its transcript, any subagent transcripts and the session log, file contents included, sent to Anthropic and kept up to 6 months; on Bedrock, Google Cloud and Foundry they go to a local archive instead.",
    citations: [
      {
        source: "claude-code-data-usage",
        quote: 'responding to this survey, including selecting "Dismiss", records only your rating.',
      },
      {
        source: "claude-code-data-usage",
        quote:
          "uploads your conversation transcript, any subagent transcripts, and the raw session log file from disk to Anthropic.",
      },
      {
        source: "claude-code-data-usage",
        quote:
          "Source code, file contents, and other conversation content are uploaded as-is. Shared transcripts are retained for up to 6 months.",
      },
      {
        source: "claude-code-data-usage",
        quote: "Yes writes the same payload to a local archive under ~/.claude/feedback-bundles/ instead of uploading",
      },
    ],
    verified,
  },

  // The Enterprise Analytics API's per-person figures.
  {
    id: "analytics-api-cowork",
    statement:
      "Each person's daily record in the Enterprise Analytics API carries Cowork figures, and a Cowork session with tool use or messages counts the person as active that day.",
    citations: [
      {
        source: "platform-analytics-api",
        quote:
          "Per-product metric objects (for example, Office Agent or Cowork metrics on a user-activity record) are always present on every record.",
      },
      {
        source: "platform-analytics-api",
        quote: "they had at least one Cowork session with tool use or message activity",
      },
    ],
    verified,
  },
  {
    id: "analytics-keys-in-cost-tools",
    statement:
      "Cost-management vendors describe connecting their tools to the Enterprise Analytics API with a key the Primary Owner creates, to attribute usage and spend to named people. Anthropic's pages do not describe this.",
    citations: [
      {
        source: "onelens-claude-enterprise",
        quote:
          "Connects OneLens to your Claude Enterprise organization to provide per-user cost attribution, token usage analytics, engagement tracking, and adoption insights",
      },
      {
        source: "doit-anthropic-analytics",
        quote: "Anyone with the key can read your organization's analytics data.",
      },
    ],
    verified,
  },
] as const satisfies readonly AuthoredClaim[];
