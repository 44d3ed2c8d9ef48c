/** What the Compliance API gives an Enterprise organization, its Primary Owner and whoever holds a key. */
import { account, all, behaviour, settingOff, settingOn, surface } from "@/lib/model/conditions";
import { allButTelemetry, incognitoWindow, notStated, type RuleDraft } from "./shared";

const complianceOn = all(account("enterprise"), settingOn("compliance-api"));
const keysHandedOut = all(complianceOn, settingOn("compliance-key-shared"));
const deletedWindow =
  "until the chat is hard-deleted: {retention}, unless someone deletes it through the Compliance API first";
const feedWindow = "six years in the Activity Feed";

export const complianceRules = [
  {
    id: "compliance-chats-primary-owner",
    when: all(complianceOn, surface("claude-apps")),
    data: ["chat-content", "uploaded-files", "titles"],
    audiences: ["primary-owner"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: "{retention}",
    reason: "When the Compliance API is on, your Primary Owner can read your chats, files and titles through it.",
    claims: ["compliance-content", "compliance-api-enabling", "compliance-keys"],
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
    audiences: ["primary-owner"],
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
    audiences: ["primary-owner"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: deletedWindow,
    reason:
      "When the Compliance API is on, a chat you delete stays readable through it, marked as deleted, until it is hard-deleted.",
    claims: ["compliance-content-retention", "deleted-chat-retention"],
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
    audiences: ["primary-owner"],
    verdict: "yes",
    mechanisms: ["activity-feed"],
    window: feedWindow,
    reason:
      "When the Compliance API is on, its Activity Feed records each sign-in and each chat, file and project action, the same events as the audit log, and keeps them for six years.",
    claims: ["activity-feed", "audit-events-in-feed"],
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
    id: "owner-keys-third-party",
    when: all(complianceOn, surface("claude-apps")),
    data: ["chat-content", "uploaded-files", "titles", "deleted-chats"],
    audiences: ["owners"],
    verdict: "possible",
    mechanisms: ["compliance-api"],
    window: "{retention}",
    reason:
      "When the Compliance API is on, a third-party summary says Owners can also create a Compliance key for their own organization, which no Anthropic page in the register confirms.",
    question: "Can Owners in your organization create Compliance API keys? Ask your Primary Owner.",
    claims: ["owner-keys-third-party"],
  },
  {
    id: "claude-in-chrome-compliance-unknown",
    when: all(keysHandedOut, surface("claude-in-chrome")),
    data: ["chat-content"],
    audiences: ["compliance-key-holders"],
    verdict: "possible",
    mechanisms: ["compliance-api"],
    window: notStated,
    reason:
      "When the Compliance API is on, the sources used here still do not say whether it returns Claude in Chrome conversations.",
    question: "Does your organization's compliance tool show Claude in Chrome conversations? Ask your security team.",
    claims: ["at-not-claude-apps", "compliance-content"],
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
      "When no Compliance key has been handed to a tool or another person, only the Primary Owner uses the Compliance API.",
    claims: ["compliance-keys"],
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
