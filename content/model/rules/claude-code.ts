/** Claude Code and Cowork: sessions through the Compliance API, analytics, and what exports may hold. */
import { account, all, any, settingOff, settingOn, surface } from "@/lib/model/conditions";
import { coworkSessionsWindow, localSessionsWindow, notStated, type RuleDraft } from "./shared";

const signedInSessionsCaptured = all(
  account("enterprise"),
  surface("claude-code-work-login"),
  settingOn("compliance-api"),
  settingOff("zdr"),
);
const sessionsWindow = localSessionsWindow;
const sessionsReason =
  "When the Compliance API is on, and unless your organization uses customer-managed encryption keys, it returns the Claude Code sessions you run signed in with your Enterprise account: your prompts, Claude's replies, tool calls and the text of files Claude Code read.";
const coworkCaptured = all(account("enterprise"), surface("cowork"), settingOn("compliance-api"));
const coworkReason =
  "When the Compliance API is on, and unless your organization uses customer-managed encryption keys, it returns your Cowork sessions, which zero data retention does not cover.";
const coworkCmekReason =
  "When your organization uses customer-managed encryption keys, the Compliance API still returns the content of Cowork sessions run in the cloud, but only a list of the Cowork sessions run on your computer, without their content.";
const coworkCmekQuestion =
  "Do you run Cowork in Claude Desktop on your computer, or start sessions on claude.ai on the web or on your phone? Under customer-managed encryption keys, only sessions run in the cloud keep their content in the Compliance API.";

export const claudeCodeRules = [
  {
    id: "sessions-primary-owner",
    when: all(signedInSessionsCaptured, settingOff("cmek")),
    data: ["claude-code-transcripts"],
    audiences: ["primary-owner", "owners"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: sessionsWindow,
    reason: sessionsReason,
    claims: [
      "sessions-captured",
      "sessions-content",
      "sessions-retention",
      "session-retention-windows",
      "compliance-keys",
    ],
  },
  {
    id: "sessions-key-holders",
    when: all(signedInSessionsCaptured, settingOff("cmek"), settingOn("compliance-key-shared")),
    data: ["claude-code-transcripts"],
    audiences: ["compliance-key-holders"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: sessionsWindow,
    reason: sessionsReason,
    claims: [
      "sessions-captured",
      "sessions-content",
      "sessions-retention",
      "session-retention-windows",
      "compliance-keys-for-tools",
    ],
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
    audiences: ["owners", "primary-owner"],
    verdict: "yes",
    mechanisms: ["analytics-dashboard"],
    window: "not stated on the analytics page",
    reason:
      "Owners and the Primary Owner can open the Claude Code analytics dashboard, which shows your sessions, lines of code accepted and accept rate, ranks top contributors, and, unless your organization uses zero data retention, counts pull requests and lines shipped.",
    claims: ["claude-code-dashboard", "claude-code-contribution-zdr"],
  },
  {
    id: "claude-code-dashboard-enterprise-admins",
    when: all(account("enterprise"), surface("claude-code-work-login")),
    data: ["claude-code-metrics"],
    audiences: ["admins"],
    verdict: "yes",
    mechanisms: ["analytics-dashboard"],
    window: "not stated on the analytics page",
    reason:
      "On Enterprise, Admins can open the Claude Code analytics dashboard too, which shows your sessions, lines of code accepted and accept rate, ranks top contributors, and, unless your organization uses zero data retention, counts pull requests and lines shipped.",
    claims: ["claude-code-dashboard", "claude-code-contribution-zdr"],
  },
  {
    id: "claude-code-dashboard-team-admins-disputed",
    when: all(account("team"), surface("claude-code-work-login")),
    data: ["claude-code-metrics"],
    audiences: ["admins"],
    verdict: "possible",
    mechanisms: ["analytics-dashboard"],
    window: "not stated on the analytics page",
    reason:
      "Anthropic's pages disagree on whether Admins on a Team plan can open the Claude Code analytics dashboard, with your sessions and lines of code accepted: the Claude Code docs say Admins and Owners, the help article says Owners and the Primary Owner only.",
    question: "Can Admins on your Team plan open the Claude Code analytics dashboard? Ask an Owner.",
    claims: ["claude-code-dashboard"],
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
    when: all(coworkCaptured, settingOff("cmek")),
    data: ["cowork-sessions"],
    audiences: ["primary-owner", "owners"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: coworkSessionsWindow,
    reason: coworkReason,
    claims: ["sessions-captured", "sessions-retention", "session-retention-windows", "zdr-scope", "compliance-keys"],
  },
  {
    id: "cowork-key-holders",
    when: all(coworkCaptured, settingOff("cmek"), settingOn("compliance-key-shared")),
    data: ["cowork-sessions"],
    audiences: ["compliance-key-holders"],
    verdict: "yes",
    mechanisms: ["compliance-api"],
    window: coworkSessionsWindow,
    reason: coworkReason,
    claims: ["sessions-captured", "sessions-retention", "session-retention-windows", "compliance-keys-for-tools"],
  },
  {
    id: "cowork-under-cmek",
    when: all(coworkCaptured, settingOn("cmek")),
    data: ["cowork-sessions"],
    audiences: ["primary-owner", "owners"],
    verdict: "possible",
    mechanisms: ["compliance-api"],
    window: "6 years for Cowork sessions run in the cloud",
    reason: coworkCmekReason,
    question: coworkCmekQuestion,
    claims: ["cmek-local-sessions", "sessions-remote-cowork", "session-retention-windows", "compliance-keys"],
  },
  {
    id: "cowork-under-cmek-key-holders",
    when: all(coworkCaptured, settingOn("cmek"), settingOn("compliance-key-shared")),
    data: ["cowork-sessions"],
    audiences: ["compliance-key-holders"],
    verdict: "possible",
    mechanisms: ["compliance-api"],
    window: "6 years for Cowork sessions run in the cloud",
    reason: coworkCmekReason,
    question: coworkCmekQuestion,
    claims: ["cmek-local-sessions", "sessions-remote-cowork", "session-retention-windows", "compliance-keys-for-tools"],
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
