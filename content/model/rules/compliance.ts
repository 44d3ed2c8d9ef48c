/**
 * What the Compliance API gives an Enterprise organization: its Primary Owner and Owners, who create
 * Compliance keys, and whoever they hand a key to.
 */
import { account, all, behaviour, settingOff, settingOn, surface } from "@/lib/model/conditions";
import { allButTelemetry, incognitoWindow, notStated, type RuleDraft } from "./shared";

const complianceOn = all(account("enterprise"), settingOn("compliance-api"));
const keysHandedOut = all(complianceOn, settingOn("compliance-key-shared"));
const deletedWindow =
  "until the chat is hard-deleted: {retention}, unless someone deletes it through the Compliance API first";
const feedWindow = "six years in the Activity Feed";
const chromeQuestion =
  "Do you use the Claude in Chrome side panel as a Cowork session, and do you run Cowork on your computer or on claude.ai? Under customer-managed encryption keys, the Compliance API returns no content from sessions on your computer.";

export const complianceRules = [
  {
    id: "compliance-chats-primary-owner",
    when: all(complianceOn, surface("claude-apps")),
    data: ["chat-content", "uploaded-files", "titles"],
    audiences: ["primary-owner", "owners"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: "{retention}",
    reason:
      "When the Compliance API is on, your Primary Owner and your Owners can create Compliance keys (an Owner's covers only your own organization) and read your chats, files and titles with them.",
    claims: ["compliance-content", "compliance-api-enabling", "compliance-keys", "compliance-key-reads-everything"],
  },
  {
    id: "compliance-chats-key-holders",
    when: all(keysHandedOut, surface("claude-apps")),
    data: ["chat-content", "uploaded-files", "titles"],
    audiences: ["compliance-key-holders"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: "{retention}",
    reason:
      "When the Compliance API is on and a key has been handed out, the tools and people holding it can read your chats, files and titles.",
    claims: ["compliance-content", "compliance-keys", "compliance-keys-for-tools"],
  },
  {
    id: "compliance-incognito-primary-owner",
    when: all(complianceOn, surface("claude-apps"), behaviour("incognito")),
    data: ["chat-content"],
    audiences: ["primary-owner", "owners"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: incognitoWindow,
    reason: "When the Compliance API is on, incognito chats are included in it.",
    claims: ["incognito-in-compliance-api", "incognito-retention"],
  },
  {
    id: "compliance-incognito-key-holders",
    when: all(keysHandedOut, surface("claude-apps"), behaviour("incognito")),
    data: ["chat-content"],
    audiences: ["compliance-key-holders"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: incognitoWindow,
    reason: "When the Compliance API is on, incognito chats are included in it.",
    claims: ["incognito-in-compliance-api", "incognito-retention"],
  },
  {
    id: "compliance-deleted-primary-owner",
    when: all(complianceOn, surface("claude-apps")),
    data: ["deleted-chats"],
    audiences: ["primary-owner", "owners"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: deletedWindow,
    reason:
      "When the Compliance API is on, a chat you delete stays readable through it, marked as deleted, until it is hard-deleted.",
    claims: ["compliance-content-retention", "deleted-chat-retention", "compliance-keys"],
  },
  {
    id: "compliance-deleted-key-holders",
    when: all(keysHandedOut, surface("claude-apps")),
    data: ["deleted-chats"],
    audiences: ["compliance-key-holders"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: deletedWindow,
    reason:
      "When the Compliance API is on, a chat you delete stays readable through it, marked as deleted, until it is hard-deleted.",
    claims: ["compliance-content-retention", "deleted-chat-retention", "compliance-keys-for-tools"],
  },
  {
    id: "activity-feed-primary-owner",
    when: complianceOn,
    data: ["sign-in-metadata", "deletion-records", "renamed-titles"],
    audiences: ["primary-owner", "owners"],
    verdict: "yes",
    mechanisms: ["activity-feed"],
    window: feedWindow,
    reason:
      "When the Compliance API is on, its Activity Feed records each sign-in and each chat, file and project action, the same events as the audit log, and keeps them for six years; your Primary Owner and Owners can read it with the keys they create.",
    claims: ["activity-feed", "audit-events-in-feed", "compliance-keys"],
  },
  {
    id: "activity-feed-key-holders",
    when: keysHandedOut,
    data: ["sign-in-metadata", "deletion-records", "renamed-titles"],
    audiences: ["compliance-key-holders"],
    verdict: "yes",
    mechanisms: ["activity-feed"],
    window: feedWindow,
    reason:
      "When the Compliance API is on, its Activity Feed records each sign-in and each chat, file and project action, the same events as the audit log, and keeps them for six years.",
    claims: ["activity-feed", "audit-events-in-feed", "compliance-keys-for-tools"],
  },
  {
    id: "activity-feed-usage-key-holders",
    when: keysHandedOut,
    data: ["usage-metrics"],
    audiences: ["compliance-key-holders"],
    verdict: "yes",
    mechanisms: ["activity-feed"],
    window: feedWindow,
    reason:
      "When a tool holds a Compliance key, the Activity Feed lets it count each chat, file and project action you take; spend figures come from the analytics instead.",
    claims: ["activity-feed", "analytics-vs-compliance"],
  },
  {
    id: "claude-in-chrome-compliance",
    when: all(complianceOn, surface("claude-in-chrome"), settingOff("cmek")),
    data: ["chat-content"],
    audiences: ["primary-owner", "owners"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: notStated,
    reason:
      "When the Compliance API is on, and unless your organization uses customer-managed encryption keys, it returns your Claude in Chrome sessions to your Primary Owner and Owners; Anthropic calls this coverage beta, so it may still be incomplete.",
    claims: ["claude-in-chrome-compliance", "compliance-keys", "claude-in-chrome-side-panel"],
  },
  {
    id: "claude-in-chrome-compliance-key-holders",
    when: all(keysHandedOut, surface("claude-in-chrome"), settingOff("cmek")),
    data: ["chat-content"],
    audiences: ["compliance-key-holders"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: notStated,
    reason:
      "When the Compliance API is on and a key has been handed out, and unless your organization uses customer-managed encryption keys, the key's holders can read your Claude in Chrome sessions; Anthropic calls this coverage beta, so it may still be incomplete.",
    claims: ["claude-in-chrome-compliance", "compliance-keys-for-tools", "claude-in-chrome-side-panel"],
  },
  {
    id: "claude-in-chrome-compliance-cmek",
    when: all(complianceOn, surface("claude-in-chrome"), settingOn("cmek")),
    data: ["chat-content"],
    audiences: ["primary-owner", "owners"],
    verdict: "possible",
    mechanisms: ["compliance-api"],
    window: notStated,
    reason:
      "When your organization uses customer-managed encryption keys, the Compliance API returns no content from Cowork sessions run on your computer, and Anthropic's pages do not say whether Claude in Chrome sessions count as those.",
    question: chromeQuestion,
    claims: ["claude-in-chrome-compliance", "cmek-local-sessions", "claude-in-chrome-coverage"],
  },
  {
    id: "claude-in-chrome-compliance-cmek-key-holders",
    when: all(keysHandedOut, surface("claude-in-chrome"), settingOn("cmek")),
    data: ["chat-content"],
    audiences: ["compliance-key-holders"],
    verdict: "possible",
    mechanisms: ["compliance-api"],
    window: notStated,
    reason:
      "When your organization uses customer-managed encryption keys, the Compliance API returns no content from Cowork sessions run on your computer, and Anthropic's pages do not say whether Claude in Chrome sessions count as those.",
    question: chromeQuestion,
    claims: ["claude-in-chrome-compliance", "cmek-local-sessions", "compliance-keys-for-tools"],
  },
  {
    id: "team-has-no-compliance-api",
    when: account("team"),
    data: [...allButTelemetry],
    audiences: ["compliance-key-holders"],
    verdict: "no",
    mechanisms: [],
    reason: "Team plans have no Compliance API, so there are no Compliance keys to hand out.",
    claims: ["compliance-api-plans"],
  },
  {
    id: "compliance-api-off",
    when: all(account("enterprise"), settingOff("compliance-api")),
    data: [...allButTelemetry],
    audiences: ["compliance-key-holders"],
    verdict: "no",
    mechanisms: [],
    reason: "When the Compliance API is off, no Compliance keys exist.",
    claims: ["compliance-api-enabling"],
  },
  {
    id: "compliance-key-not-handed-out",
    when: all(account("enterprise"), settingOff("compliance-key-shared")),
    data: [...allButTelemetry],
    audiences: ["compliance-key-holders"],
    verdict: "no",
    mechanisms: [],
    reason:
      "When no Compliance key has been handed to a tool or another person, only the Primary Owner and Owners who created keys use the Compliance API.",
    claims: ["compliance-keys"],
  },
  {
    id: "sessions-content-withheld-under-cmek",
    when: all(complianceOn, surface("claude-code-work-login"), settingOff("zdr"), settingOn("cmek")),
    data: ["claude-code-transcripts"],
    audiences: ["primary-owner", "owners", "compliance-key-holders"],
    verdict: "no",
    mechanisms: [],
    reason:
      "When your organization uses customer-managed encryption keys, the Compliance API lists your Claude Code sessions but currently returns none of their content.",
    claims: ["cmek-local-sessions", "sessions-captured"],
  },
  {
    id: "compliance-api-scope",
    when: account("enterprise"),
    data: ["claude-code-metrics", "api-content", "claude-code-transcripts", "cowork-sessions"],
    audiences: ["compliance-key-holders"],
    verdict: "no",
    mechanisms: [],
    reason:
      "The Compliance API does not return this for the way you use Claude: it covers activity events, chats, files, projects, and sessions signed in with an Enterprise account.",
    claims: ["compliance-content", "activity-feed", "sessions-not-returned"],
  },
] satisfies RuleDraft[];
