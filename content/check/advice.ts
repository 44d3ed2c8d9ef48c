import { account, all, any, behaviour, settingOn, surface } from "@/lib/model/conditions";
import type { Condition } from "@/lib/model/condition-schema";

/** One piece of advice in the report's "What you can do"; shown when its condition can hold. */
export type Advice = { id: string; when: Condition; text: string; claims: readonly string[] };

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
    id: "telemetry-ask",
    when: all(claudeCode, settingOn("otel-monitoring")),
    text: "If your organization collects Claude Code telemetry, ask what it records and who can read the collector.",
    claims: ["otel-monitoring"],
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
