import { account, all, any, behaviour, settingOn, surface } from "@/lib/model/conditions";
import type { Advice } from "@/lib/check/advice-for";

const workAccount = account("team", "enterprise", "console", "partner-cloud");
const claudeCode = surface("claude-code-work-login", "claude-code-api-key");

export const advice = [
  {
    id: "personal-matters",
    when: workAccount,
    text: "Keep personal matters on a personal account. What you write in a work account is your organization's data: it controls that data and may access and export it.",
    claims: ["customer-controls-data"],
  },
  {
    id: "domain-claim-export-first",
    when: all(account("personal"), settingOn("work-email")),
    text: "If your employer claims your e-mail domain, export your personal data before the deadline. Choose join fresh to keep your personal history out of the organization; merge and join moves it there and cannot be undone.",
    claims: ["domain-claim-join-fresh", "domain-claim-merge", "domain-claim-notice"],
  },
  {
    id: "personal-address-for-personal-account",
    when: all(account("personal"), settingOn("work-email")),
    text: "For an account you want to keep to yourself, use an e-mail address that is not your employer's: a domain claim reaches only accounts on the employer's verified domain.",
    claims: ["domain-claim-work-address-only"],
  },
  {
    id: "review-memory",
    when: all(account("personal", "team", "enterprise"), surface("claude-apps")),
    text: "Look at what Claude's memory holds, under Settings > Memory or, in the older version, Settings > Capabilities, and delete what you would not want kept: memory is exported with your chats, and on personal plans deleting a chat leaves what memory learned from it.",
    claims: ["memory-you-control", "memory-in-exports", "memory-outlives-deleted-chats"],
  },
  {
    id: "incognito-is-not-private",
    when: all(account("team", "enterprise"), behaviour("incognito")),
    text: "Treat incognito as tidiness, not privacy: it keeps a chat out of your history, but your organization's data exports and the Compliance API still include it.",
    claims: ["incognito-not-in-history", "export-who", "incognito-in-compliance-api"],
  },
  {
    id: "deleting-is-not-erasing",
    when: all(account("team", "enterprise"), behaviour("delete-chat")),
    text: "Deleting a chat removes it from your history and from exports started afterwards. Exports already made keep it, and while the Compliance API is on it stays retrievable, marked as deleted, until it is removed for good.",
    claims: ["deleted-chat-leaves-history", "export-omits-deleted", "compliance-content-retention"],
  },
  {
    id: "titles-are-text",
    when: all(account("enterprise"), behaviour("rename-chat")),
    text: "Give chats neutral names. The new name of a renamed chat is recorded in the audit log, unlike anything else you type.",
    claims: ["audit-log-titles"],
  },
  {
    id: "claude-code-reads-files",
    when: claudeCode,
    text: "Claude Code sends the text of every file it reads. Keep secrets and personal data out of the folders you let it work in.",
    claims: ["claude-code-sends", "sessions-content"],
  },
  {
    id: "claude-code-local-copies",
    when: claudeCode,
    text: "Claude Code keeps plaintext transcripts on your computer for 30 days by default. A shorter cleanupPeriodDays keeps fewer.",
    claims: ["claude-code-local-transcripts"],
  },
  {
    id: "claude-code-feedback",
    when: claudeCode,
    text: "Think before sharing a session with /feedback, /bug or /share: Anthropic keeps those transcripts for 5 years.",
    claims: ["claude-code-feedback"],
  },
  {
    id: "inference-hooks-ask",
    when: all(account("enterprise"), settingOn("inference-hooks")),
    text: "If your organization uses Inference hooks, treat each prompt as read by its AI security server the moment you send it, whatever you later delete, and ask your security team what that server keeps and who can read it.",
    claims: ["inference-hooks-transcript", "inference-hooks-archival"],
  },
  {
    id: "telemetry-ask",
    when: all(claudeCode, settingOn("otel-monitoring")),
    text: "If your organization collects Claude Code telemetry, ask whether it records prompt text or tool details, and who can read the collector. Running /status in Claude Code shows whether managed settings apply to your sessions.",
    claims: ["otel-monitoring", "otel-prompts", "otel-tool-details", "managed-settings-status"],
  },
  {
    id: "personal-account-on-work-computer",
    when: all(account("personal"), claudeCode, settingOn("otel-monitoring")),
    text: "On a computer your employer manages, its Claude Code settings apply even when you sign in with your own account, and its telemetry then carries your personal e-mail address. Keep personal projects on a computer your employer does not manage.",
    claims: ["otel-managed-settings-reach", "otel-identity-claude-account"],
  },
  {
    id: "cowork-telemetry",
    when: all(account("team", "enterprise"), surface("cowork"), settingOn("cowork-otel")),
    text: "If your organization streams Cowork telemetry, write in Cowork as if its security team can read it: your prompts, the paths of files Claude touches and the inputs to its tools are sent with your e-mail address by default.",
    claims: ["cowork-otel", "cowork-otel-content"],
  },
  {
    id: "access-transparency-scope",
    when: all(
      any(surface("claude-api", "claude-code-api-key")),
      account("console", "team", "enterprise"),
      settingOn("access-transparency"),
    ),
    text: "Access Transparency records staff views only for the Claude API and Claude Code with an API key; your chats in the Claude apps are not covered.",
    claims: ["at-covered-surfaces", "at-not-claude-apps"],
  },
] as const satisfies readonly Advice[];
