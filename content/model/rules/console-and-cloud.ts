/** Console (API) organizations and partner clouds, where claude.ai's roles do not exist. */
import { account, all, partnerCloud, settingOff, settingOn, surface } from "@/lib/model/conditions";
import { partnerClouds } from "@/lib/model/vocabulary";
import { notStated, type RuleDraft } from "./shared";

const consoleFeedOn = all(account("console"), settingOn("compliance-api"));
const feedReason =
  "When your Console organization uses the Activity Feed, it records every sign-in and action, with IP address and browser, and keeps them for six years.";

/** One rule per cloud, so the question can name the provider. */
const cloudLogRules = partnerClouds.map((cloud): RuleDraft => ({
  id: `cloud-own-logs-${cloud.id}`,
  when: partnerCloud(cloud.id),
  data: ["api-content", "claude-code-transcripts", "usage-metrics", "sign-in-metadata", "claude-code-metrics"],
  audiences: ["admins"],
  verdict: "possible",
  mechanisms: ["cloud-provider-logs"],
  window: "set by your organization's cloud account",
  reason: `Anthropic's admin and compliance tools do not reach ${cloud.label}, and the sources used here do not describe what it lets your organization log.`,
  question: `What does your organization's ${cloud.label} account log about requests to Claude? Ask your cloud administrators.`,
  claims: ["at-not-consumer-or-partner-clouds", "sessions-not-returned"],
}));

export const consoleAndCloudRules = [
  {
    id: "console-activity-feed-admins",
    when: consoleFeedOn,
    data: ["sign-in-metadata"],
    audiences: ["admins"],
    verdict: "yes",
    mechanisms: ["activity-feed"],
    window: "six years in the Activity Feed",
    reason: feedReason,
    claims: ["compliance-keys", "activity-feed", "compliance-api-plans"],
  },
  {
    id: "console-activity-feed-key-holders",
    when: all(consoleFeedOn, settingOn("compliance-key-shared")),
    data: ["sign-in-metadata"],
    audiences: ["compliance-key-holders"],
    verdict: "yes",
    mechanisms: ["activity-feed"],
    window: "six years in the Activity Feed",
    reason: feedReason,
    claims: ["compliance-keys", "activity-feed", "compliance-keys-for-tools"],
  },
  {
    id: "console-activity-feed-off",
    when: all(account("console"), settingOff("compliance-api")),
    data: ["sign-in-metadata"],
    audiences: ["admins", "compliance-key-holders"],
    verdict: "no",
    mechanisms: [],
    reason: "When your Console organization has not set up the Activity Feed, no one reads your sign-ins through it.",
    claims: ["compliance-keys"],
  },
  {
    id: "console-key-not-handed-out",
    when: all(account("console"), settingOff("compliance-key-shared")),
    data: ["sign-in-metadata"],
    audiences: ["compliance-key-holders"],
    verdict: "no",
    mechanisms: [],
    reason:
      "When no Activity Feed key has been handed to a tool or another person, only your Console organization's admins read the feed.",
    claims: ["compliance-keys"],
  },
  {
    id: "console-usage-reports-unknown",
    when: account("console"),
    data: ["usage-metrics"],
    audiences: ["admins"],
    verdict: "possible",
    mechanisms: ["analytics-dashboard"],
    window: notStated,
    reason:
      "The sources used here describe per-person cost figures in a Console organization only for Claude Code, not its other usage reports.",
    question: "Which per-person usage and cost reports can your Console organization's admins see? Ask them.",
    claims: ["claude-code-analytics-api"],
  },
  {
    id: "console-claude-code-spend",
    when: all(account("console"), surface("claude-code-work-login", "claude-code-api-key")),
    data: ["usage-metrics"],
    audiences: ["admins"],
    verdict: "yes",
    mechanisms: ["analytics-dashboard"],
    window: "the current month's spend on the dashboard",
    reason:
      "Your Console organization's Claude Code dashboard lists each Claude Code user, by email address or API key, with their spend this month, and members with the Developer or Billing role can open it as well as admins.",
    claims: ["console-claude-code-dashboard"],
  },
  {
    id: "console-no-content",
    when: account("console"),
    data: ["api-content", "claude-code-transcripts", "cowork-sessions"],
    audiences: ["admins", "compliance-key-holders"],
    verdict: "no",
    mechanisms: [],
    reason:
      "Anthropic's tools give a Console organization its Activity Feed, not the prompts, outputs or sessions themselves; what your own code stores is up to your organization.",
    claims: ["compliance-api-plans", "compliance-keys", "sessions-not-returned"],
  },
  {
    id: "console-key-reaches-feed-only",
    when: account("console"),
    data: ["usage-metrics", "claude-code-metrics"],
    audiences: ["compliance-key-holders"],
    verdict: "no",
    mechanisms: [],
    reason: "An Activity Feed key reaches only the Activity Feed, not usage or Claude Code analytics.",
    claims: ["compliance-keys"],
  },
  ...cloudLogRules,
  {
    id: "cloud-admins-no-cowork",
    when: account("partner-cloud"),
    data: ["cowork-sessions"],
    audiences: ["admins"],
    verdict: "no",
    mechanisms: [],
    reason:
      "Cowork runs on claude.ai accounts, not through a partner cloud, so your cloud account's administrators do not see it.",
    claims: ["sessions-captured"],
  },
] satisfies RuleDraft[];
