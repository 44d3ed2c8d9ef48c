/** Claude Code and Cowork: sessions through the Compliance API, analytics, and what exports may hold. */
import { account, all, any, settingOff, settingOn, surface } from "@/lib/model/conditions";
import { notStated, type RuleDraft } from "./shared";

const signedInSessionsCaptured = all(
  account("enterprise"),
  surface("claude-code-work-login"),
  settingOn("compliance-api"),
  settingOff("zdr"),
);
const sessionsWindow = "6 years by default, or your organization's custom retention period when one is set";
const sessionsReason =
  "When the Compliance API is on, it returns the Claude Code sessions you run signed in with your Enterprise account: your prompts, Claude's replies, tool calls and the text of files Claude Code read.";
const coworkCaptured = all(account("enterprise"), surface("cowork"), settingOn("compliance-api"));
const coworkReason =
  "When the Compliance API is on, it returns your Cowork sessions, which zero data retention does not cover.";

export const claudeCodeRules = [
  {
    id: "sessions-primary-owner",
    when: signedInSessionsCaptured,
    data: ["claude-code-transcripts"],
    audiences: ["primary-owner"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: sessionsWindow,
    reason: sessionsReason,
    claims: ["sessions-captured", "sessions-content", "sessions-retention", "compliance-keys"],
  },
  {
    id: "sessions-key-holders",
    when: all(signedInSessionsCaptured, settingOn("compliance-key-shared")),
    data: ["claude-code-transcripts"],
    audiences: ["compliance-key-holders"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: sessionsWindow,
    reason: sessionsReason,
    claims: ["sessions-captured", "sessions-content", "sessions-retention", "compliance-keys-for-tools"],
  },
  {
    id: "sessions-owner-keys-third-party",
    when: signedInSessionsCaptured,
    data: ["claude-code-transcripts"],
    audiences: ["owners"],
    verdict: "possible",
    mechanisms: ["compliance-api"],
    window: sessionsWindow,
    reason:
      "When the Compliance API is on, a third-party summary says Owners can also create a Compliance key, which would reach your Claude Code sessions; no Anthropic page in the register confirms it.",
    question: "Can Owners in your organization create Compliance API keys? Ask your Primary Owner.",
    claims: ["owner-keys-third-party", "sessions-captured"],
  },
  {
    id: "sessions-in-exports-unknown",
    // Zero data retention for Claude Code exists only on Enterprise; under it nothing is kept to export.
    when: all(
      account("team", "enterprise"),
      surface("claude-code-work-login"),
      any(account("team"), settingOff("zdr")),
    ),
    data: ["claude-code-transcripts"],
    audiences: ["primary-owner", "owners"],
    verdict: "possible",
    mechanisms: ["data-export"],
    window: notStated,
    reason:
      "Unless your organization uses zero data retention, Anthropic keeps coding sessions for Team and Enterprise organizations, but its export page does not say whether data exports include them.",
    question:
      "Do your organization's data exports include Claude Code sessions? Your Primary Owner can check an export.",
    claims: ["work-chats-retained", "export-contents", "export-who"],
  },
  {
    id: "sessions-not-returned",
    when: account("team", "enterprise"),
    data: ["claude-code-transcripts"],
    audiences: ["primary-owner", "owners", "compliance-key-holders"],
    verdict: "no",
    mechanisms: [],
    reason:
      "The Compliance API returns Claude Code sessions only from Enterprise accounts signed in to Claude Code, and never sessions run with a Console API key, through a partner cloud or under zero data retention.",
    claims: ["sessions-captured", "sessions-not-returned"],
  },
  {
    id: "claude-code-dashboard",
    when: all(account("team", "enterprise"), surface("claude-code-work-login")),
    data: ["claude-code-metrics"],
    audiences: ["admins", "owners", "primary-owner"],
    verdict: "yes",
    mechanisms: ["analytics-dashboard"],
    window: "not stated on the analytics page",
    reason:
      "Admins and Owners can open the Claude Code analytics dashboard, which shows your sessions, lines of code accepted and accept rate, ranks top contributors, and, unless your organization uses zero data retention, counts pull requests and lines shipped.",
    claims: ["claude-code-dashboard", "claude-code-contribution-zdr"],
  },
  {
    id: "claude-code-analytics-api",
    when: any(
      all(account("console"), surface("claude-code-work-login", "claude-code-api-key")),
      all(account("team", "enterprise"), surface("claude-code-api-key")),
    ),
    data: ["claude-code-metrics"],
    audiences: ["admins"],
    verdict: "yes",
    mechanisms: ["claude-code-analytics-api"],
    window: "not stated in the API's documentation",
    reason:
      "The admins of the Console organization your Claude Code use is billed to can read your daily sessions, lines of code, commits, pull requests and estimated costs through the Claude Code Analytics API.",
    claims: ["claude-code-analytics-api"],
  },
  {
    id: "claude-code-metrics-elsewhere",
    when: account("team", "enterprise", "console"),
    data: ["claude-code-metrics"],
    audiences: ["admins", "owners", "primary-owner", "compliance-key-holders"],
    verdict: "no",
    mechanisms: [],
    reason:
      "Claude Code figures reach the dashboard's Admins and Owners when you sign in with your work account, and a Console organization's admins when you use an API key; this group gets neither for the way you use Claude Code.",
    claims: ["claude-code-dashboard", "claude-code-analytics-api"],
  },
  {
    id: "cowork-primary-owner",
    when: coworkCaptured,
    data: ["cowork-sessions"],
    audiences: ["primary-owner"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: sessionsWindow,
    reason: coworkReason,
    claims: ["sessions-captured", "sessions-retention", "zdr-scope"],
  },
  {
    id: "cowork-key-holders",
    when: all(coworkCaptured, settingOn("compliance-key-shared")),
    data: ["cowork-sessions"],
    audiences: ["compliance-key-holders"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: sessionsWindow,
    reason: coworkReason,
    claims: ["sessions-captured", "sessions-retention", "compliance-keys-for-tools"],
  },
  {
    id: "cowork-owner-keys-third-party",
    when: coworkCaptured,
    data: ["cowork-sessions"],
    audiences: ["owners"],
    verdict: "possible",
    mechanisms: ["compliance-api"],
    window: sessionsWindow,
    reason:
      "When the Compliance API is on, a third-party summary says Owners can also create a Compliance key, which would reach your Cowork sessions; no Anthropic page in the register confirms it.",
    question: "Can Owners in your organization create Compliance API keys? Ask your Primary Owner.",
    claims: ["owner-keys-third-party", "sessions-captured"],
  },
  {
    id: "cowork-in-exports-unknown",
    when: all(account("team", "enterprise"), surface("cowork")),
    data: ["cowork-sessions"],
    audiences: ["primary-owner", "owners"],
    verdict: "possible",
    mechanisms: ["data-export"],
    window: notStated,
    reason: "The export page does not say whether your organization's data exports include Cowork sessions.",
    question: "Do your organization's data exports include Cowork sessions? Your Primary Owner can check an export.",
    claims: ["export-contents", "export-who"],
  },
] satisfies RuleDraft[];
