/** What you can see yourself. */
import { account, all, behaviour, not, surface } from "@/lib/model/conditions";
import { notStated, type RuleDraft } from "./shared";

const ownRecordsReason =
  "The sources used here do not describe what your own account shows you about your sign-ins, usage or deletions.";
const ownRecordsQuestion = "What do your account's settings and usage pages show you?";
const notAnOrganization = not(account("team", "enterprise"));

export const youRules = [
  {
    id: "you-chat-history",
    when: surface("claude-apps"),
    data: ["chat-content", "uploaded-files", "titles", "renamed-titles"],
    audiences: ["you"],
    verdict: "yes",
    mechanisms: ["your-own-copy"],
    window: "until you delete them, or sooner if a retention period removes them",
    reason: "You can open your own chats, files and titles in your chat history.",
    claims: ["work-chats-retained", "deleted-chat-leaves-history"],
  },
  {
    id: "you-incognito",
    when: all(surface("claude-apps"), behaviour("incognito")),
    data: ["chat-content"],
    audiences: ["you"],
    verdict: "yes",
    mechanisms: ["your-own-copy"],
    window: "incognito chats never appear in your history",
    reason: "Incognito chats are not saved to your chat history, so you cannot go back to them there.",
    claims: ["incognito-not-in-history"],
  },
  {
    id: "you-claude-in-chrome-team",
    when: all(account("team"), surface("claude-in-chrome")),
    data: ["chat-content"],
    audiences: ["you"],
    verdict: "yes",
    mechanisms: ["your-own-copy"],
    window: notStated,
    reason:
      "On a Team plan the Claude in Chrome side panel runs as a Cowork session, and side-panel sessions are saved to your history.",
    claims: ["claude-in-chrome-side-panel"],
  },
  {
    id: "you-claude-in-chrome",
    when: all(not(account("team")), surface("claude-in-chrome")),
    data: ["chat-content"],
    audiences: ["you"],
    verdict: "possible",
    mechanisms: ["your-own-copy"],
    window: notStated,
    reason:
      "Side-panel sessions of Claude in Chrome are saved to your history when the side panel runs as a Cowork session, as it does on Max plans and, once the organization enables it, on Enterprise; the classic side panel is not described.",
    question: "Does Claude in Chrome show your past side-panel sessions in your Claude history?",
    claims: ["claude-in-chrome-side-panel"],
  },
  {
    id: "you-deleted-chats",
    when: all(),
    data: ["deleted-chats"],
    audiences: ["you"],
    verdict: "no",
    mechanisms: [],
    reason: "A chat you delete is removed from your chat history at once.",
    claims: ["deleted-chat-leaves-history"],
  },
  {
    id: "you-own-usage-view",
    when: account("team", "enterprise"),
    data: ["usage-metrics"],
    audiences: ["you"],
    verdict: "possible",
    mechanisms: ["your-own-copy"],
    window: notStated,
    reason:
      "If your Owners leave Member analytics on, as it is by default since 11 July 2026, you can see your own usage by product, model and skill under Settings > Usage.",
    question:
      "Does Settings > Usage in Claude show you your own usage? If it does not, Member analytics is probably switched off; your Owners can tell you.",
    claims: ["member-usage-view"],
  },
  {
    id: "you-member-without-admin-tools",
    when: account("team", "enterprise"),
    data: ["deletion-records", "sign-in-metadata", "claude-code-metrics"],
    audiences: ["you"],
    verdict: "no",
    mechanisms: [],
    reason:
      "As a member you cannot run your organization's exports, audit logs or analytics; those are for Owners, the Primary Owner and Admins.",
    claims: ["members-no-self-serve-export", "audit-logs-roles", "claude-code-dashboard"],
  },
  {
    id: "you-own-records",
    when: notAnOrganization,
    data: ["deletion-records", "usage-metrics", "sign-in-metadata", "claude-code-metrics"],
    audiences: ["you"],
    verdict: "possible",
    mechanisms: ["your-own-copy"],
    window: notStated,
    reason: ownRecordsReason,
    question: ownRecordsQuestion,
    claims: ["members-no-self-serve-export"],
  },
  {
    id: "you-local-transcripts",
    when: all(),
    data: ["claude-code-transcripts"],
    audiences: ["you"],
    verdict: "yes",
    mechanisms: ["local-cache"],
    window: "30 days by default on your computer; the cleanupPeriodDays setting changes it",
    reason: "Claude Code keeps plaintext transcripts of your sessions on your computer, under ~/.claude/projects/.",
    claims: ["claude-code-local-transcripts"],
  },
  {
    id: "you-cowork-sessions",
    when: all(),
    data: ["cowork-sessions"],
    audiences: ["you"],
    verdict: "yes",
    mechanisms: ["your-own-copy"],
    window: notStated,
    reason: "Cowork runs your sessions on your own computer or account, where you can follow them.",
    claims: ["sessions-captured"],
  },
  {
    id: "you-api-responses",
    when: all(),
    data: ["api-content"],
    audiences: ["you"],
    verdict: "yes",
    mechanisms: ["your-own-copy"],
    window: "as long as your own code or tool keeps it",
    reason: "Your code or tool receives Claude's outputs and keeps whatever it is written to keep.",
    claims: ["api-retention"],
  },
] satisfies RuleDraft[];
