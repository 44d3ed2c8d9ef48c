/** Anthropic's automated systems: model serving, safety checks, retention, and CMEK preservation records. */
import { account, all, behaviour, settingOff, settingOn, surface } from "@/lib/model/conditions";
import { coworkSessionsWindow, incognitoWindow, localSessionsWindow, notStated, type RuleDraft } from "./shared";
import { apiTraffic, claudeAiOrganization, notPartnerCloud } from "./anthropic-shared";

const processingReason = "Anthropic's systems process everything you send in order to reply and to run safety checks.";
const claudeCodeReason =
  "Claude Code sends your prompts, Claude's replies and the text of any file it reads to Anthropic for each response.";
const chatData = ["chat-content", "uploaded-files", "titles", "renamed-titles"] as const;
const personalChatWindow =
  "Anthropic's consumer privacy page: up to 30 days in its back-end storage, or up to 5 years if you let Anthropic use your chats to improve Claude; flagged content up to 2 years";

export const anthropicAutomatedRules = [
  {
    id: "automated-chats-organization",
    when: all(claudeAiOrganization, surface("claude-apps")),
    data: [...chatData],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window: "{retention}",
    reason:
      "Anthropic's systems process everything you send in order to reply and to run safety checks, and keep your chats for your organization.",
    claims: ["automated-processing", "work-chats-retained", "custom-retention", "project-retention-supersedes"],
  },
  {
    id: "automated-chats-personal",
    when: all(account("personal"), surface("claude-apps")),
    data: [...chatData],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window: personalChatWindow,
    reason: processingReason,
    claims: ["automated-processing", "consumer-retention"],
  },
  {
    id: "automated-chats-other-accounts",
    when: all(account("console", "partner-cloud"), surface("claude-apps")),
    data: [...chatData],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window: `${notStated} for this kind of account`,
    reason: processingReason,
    claims: ["automated-processing"],
  },
  {
    id: "automated-incognito",
    when: all(surface("claude-apps"), behaviour("incognito")),
    data: ["chat-content"],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window: incognitoWindow,
    reason:
      "Incognito chats are still kept, for 30 days by default or longer under an organization's retention policy.",
    claims: ["incognito-retention"],
  },
  {
    id: "automated-claude-in-chrome",
    when: surface("claude-in-chrome"),
    data: ["chat-content"],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window: notStated,
    reason: "Claude in Chrome sends what you ask to Claude, so Anthropic's systems process it.",
    claims: ["automated-processing"],
  },
  {
    id: "automated-deleted-chats-organization",
    when: claudeAiOrganization,
    data: ["deleted-chats"],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window:
      "up to 30 days after deletion, per the privacy centre; with the Compliance API on, until the chat is hard-deleted",
    reason: "Anthropic removes a deleted chat from your history at once, but not from its storage at once.",
    claims: ["deleted-chat-retention", "deleted-chat-leaves-history"],
  },
  {
    id: "automated-deleted-chats-personal",
    when: account("personal"),
    data: ["deleted-chats"],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window: "up to 30 days after you delete it; flagged content up to 2 years",
    reason:
      "On a personal plan, a chat you delete leaves your history at once and Anthropic's back-end storage within 30 days.",
    claims: ["consumer-deleted-chats", "consumer-retention"],
  },
  {
    id: "automated-deleted-chats-other-accounts",
    when: account("console", "partner-cloud"),
    data: ["deleted-chats"],
    audiences: ["anthropic-automated"],
    verdict: "possible",
    mechanisms: ["automated-processing"],
    window: notStated,
    reason:
      "Anthropic gives deletion times for personal plans and for Team and Enterprise organizations, and the account you chose here is neither, so which times apply to your chats is not known.",
    question:
      "Which Claude account holds your chats? On a personal plan a deleted chat leaves Anthropic's storage within 30 days; in a Team or Enterprise organization, choose that plan here instead.",
    claims: ["consumer-deleted-chats", "deleted-chat-retention"],
  },
  {
    id: "automated-account-records",
    when: all(),
    data: ["deletion-records"],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window: "not stated in the sources used here; six years in an Enterprise organization's Activity Feed",
    reason:
      "Anthropic's systems record account actions such as deletions as they run the service; organizations' audit tools draw on these records.",
    claims: ["audit-log-events", "activity-feed"],
  },
  {
    id: "automated-usage-records",
    when: notPartnerCloud,
    data: ["usage-metrics", "sign-in-metadata", "claude-code-metrics"],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window: "not stated in the sources used here; six years in an Enterprise organization's Activity Feed",
    reason:
      "Anthropic's systems record your sign-ins and count your use as they run the service; organizations' analytics and audit tools draw on these records.",
    claims: ["audit-log-columns", "activity-feed", "usage-analytics-spend", "zdr-scope"],
  },
  {
    id: "automated-claude-code-commercial",
    when: all(account("team", "enterprise", "console"), surface("claude-code-work-login", "claude-code-api-key")),
    data: ["claude-code-transcripts"],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window:
      "30 days under standard retention; under zero data retention, for sessions signed in to the organization that has it, not kept after the response except flagged sessions, for up to 2 years",
    reason: claudeCodeReason,
    claims: ["claude-code-sends", "claude-code-retention", "zdr-scope", "zdr-enterprise", "zdr-sign-in-scope"],
  },
  {
    id: "automated-claude-code-compliance",
    when: all(account("enterprise"), surface("claude-code-work-login"), settingOn("compliance-api"), settingOff("zdr")),
    data: ["claude-code-transcripts"],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window: `when the Compliance API is on: ${localSessionsWindow}`,
    reason:
      "When the Compliance API is on, Anthropic also keeps the sessions you run signed in with your Enterprise account, so that your organization can retrieve them.",
    claims: ["sessions-retention", "session-retention-windows", "sessions-captured"],
  },
  {
    id: "automated-claude-code-personal",
    when: all(account("personal"), surface("claude-code-work-login")),
    data: ["claude-code-transcripts"],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window:
      "signed in with your Free, Pro or Max account: 30 days, or 5 years if you let Anthropic use your data to improve Claude; flagged sessions up to 2 years",
    reason: claudeCodeReason,
    claims: ["claude-code-sends", "consumer-claude-code-retention", "consumer-retention"],
  },
  {
    id: "automated-claude-code-personal-api-key",
    when: all(account("personal"), surface("claude-code-api-key")),
    data: ["claude-code-transcripts"],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window: "with a Console API key: 30 days under the API's standard retention; flagged sessions up to 2 years",
    reason: claudeCodeReason,
    claims: ["claude-code-sends", "claude-code-retention", "usage-policy-flags"],
  },
  {
    id: "automated-cowork",
    when: all(),
    data: ["cowork-sessions"],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window: `on Enterprise with the Compliance API on: ${coworkSessionsWindow}; otherwise not stated in the sources used here`,
    reason: "Cowork sends your prompts and its tool activity to Anthropic, and zero data retention does not cover it.",
    claims: ["sessions-captured", "session-retention-windows", "zdr-scope", "automated-processing"],
  },
  {
    id: "automated-api",
    when: notPartnerCloud,
    data: ["api-content"],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window:
      "up to 30 days per the privacy centre (the API retention page says not kept by default); none under zero data retention; flagged content up to 2 years",
    reason: "Anthropic's systems process each API request to produce the response and to run safety checks.",
    claims: ["automated-processing", "api-retention", "usage-policy-flags"],
  },
  {
    id: "automated-processing-not-in-feed",
    when: all(apiTraffic, settingOn("access-transparency")),
    data: ["api-content", "claude-code-transcripts"],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window: "as long as Anthropic holds the content; no Access Transparency event records automated processing",
    reason:
      "When Access Transparency is on, automated processing still writes no event to it: an empty feed means no person looked, not that no system did.",
    claims: ["at-automated-not-logged"],
  },
  {
    id: "cmek-preservation-automated",
    when: all(apiTraffic, settingOn("cmek"), settingOn("access-transparency")),
    data: ["api-content", "claude-code-transcripts"],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window: "preserved content is kept beyond the standard retention window",
    reason:
      "When your organization uses customer-managed keys and Access Transparency, content preserved for an investigation, whether a person or an automated safety pipeline started it, is re-encrypted outside your key, and a cmek_preserve event records it in your Activity Feed.",
    claims: ["cmek-preserve", "at-delivery"],
  },
  {
    id: "partner-cloud-anthropic-processing",
    when: account("partner-cloud"),
    data: ["api-content", "claude-code-transcripts", "claude-code-metrics", "usage-metrics", "sign-in-metadata"],
    audiences: ["anthropic-automated"],
    verdict: "possible",
    mechanisms: ["automated-processing"],
    window: notStated,
    reason:
      "On a partner cloud the model runs in your provider's platform, and the sources used here do not say what of your use reaches Anthropic.",
    question:
      "What, if anything, of your requests does your cloud provider share with Anthropic? Ask your cloud administrators or the provider.",
    claims: ["at-not-consumer-or-partner-clouds", "sessions-not-returned"],
  },
] satisfies RuleDraft[];
