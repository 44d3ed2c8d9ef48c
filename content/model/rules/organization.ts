/** What a claude.ai organization's Admins, Owners and Primary Owner reach: exports, audit logs, analytics. */
import { account, all, any, behaviour, settingOff, settingOn, surface } from "@/lib/model/conditions";
import { incognitoWindow, notStated, type RuleDraft } from "./shared";

const claudeAiOrganization = account("team", "enterprise");
const chatsInOrganization = all(claudeAiOrganization, surface("claude-apps"));
const auditLogWindow = "the last 180 days in the audit-log export";
/** On Enterprise, customer-managed encryption keys switch off the audit-log export and the links exports use. */
const auditLogExportOn = all(account("enterprise"), settingOff("cmek"));
const enterpriseChatsWithoutCmek = all(account("enterprise"), surface("claude-apps"), settingOff("cmek"));
const exportWindow = "{retention}; an export already downloaded stays with your organization";

export const organizationRules = [
  {
    id: "export-primary-owner",
    when: all(account("team"), surface("claude-apps")),
    data: ["chat-content", "uploaded-files", "titles", "renamed-titles"],
    audiences: ["primary-owner"],
    verdict: "yes",
    mechanisms: ["data-export"],
    window: exportWindow,
    reason: "Your Primary Owner can export your organization's chats, including your messages, files and titles.",
    claims: ["export-who", "export-contents", "single-primary-owner", "customer-controls-data"],
  },
  {
    id: "export-primary-owner-enterprise",
    when: enterpriseChatsWithoutCmek,
    data: ["chat-content", "uploaded-files", "titles", "renamed-titles"],
    audiences: ["primary-owner"],
    verdict: "yes",
    mechanisms: ["data-export"],
    window: exportWindow,
    reason:
      "Unless your organization uses customer-managed encryption keys, your Primary Owner can export your organization's chats, including your messages, files and titles.",
    claims: ["export-who", "export-contents", "single-primary-owner", "customer-controls-data"],
  },
  {
    id: "export-includes-incognito",
    when: all(account("team"), surface("claude-apps"), behaviour("incognito")),
    data: ["chat-content"],
    audiences: ["primary-owner"],
    verdict: "yes",
    mechanisms: ["data-export"],
    window: incognitoWindow,
    reason: "Incognito chats are included in your organization's data exports.",
    claims: ["export-who", "incognito-retention"],
  },
  {
    id: "export-includes-incognito-enterprise",
    when: all(enterpriseChatsWithoutCmek, behaviour("incognito")),
    data: ["chat-content"],
    audiences: ["primary-owner"],
    verdict: "yes",
    mechanisms: ["data-export"],
    window: incognitoWindow,
    reason:
      "Unless your organization uses customer-managed encryption keys, incognito chats are included in your organization's data exports.",
    claims: ["export-who", "incognito-retention"],
  },
  {
    id: "export-under-cmek",
    when: all(account("enterprise"), surface("claude-apps"), settingOn("cmek")),
    data: ["chat-content", "uploaded-files", "titles", "renamed-titles"],
    audiences: ["primary-owner"],
    verdict: "possible",
    mechanisms: ["data-export"],
    window: exportWindow,
    reason:
      "When your organization uses customer-managed encryption keys, the signed links that organization data exports are delivered through are switched off, and Anthropic's pages do not say whether exports still work some other way.",
    question:
      "Can your Primary Owner still run organization data exports now that your organization uses customer-managed encryption keys? Ask your Primary Owner.",
    claims: ["cmek-exports-signed-urls", "export-who", "export-contents"],
  },
  {
    id: "export-owners-disputed",
    when: chatsInOrganization,
    data: ["chat-content", "uploaded-files", "titles", "renamed-titles"],
    audiences: ["owners"],
    verdict: "possible",
    mechanisms: ["data-export"],
    window: "{retention}; an export already downloaded stays with your organization",
    reason:
      "Anthropic's pages disagree on whether Owners can export your organization's data: four of its statements say only the Primary Owner can, the incognito article says Owners can.",
    question:
      "Can Owners in your organization run data exports, or only the Primary Owner? Four of Anthropic's five statements on this name only the Primary Owner. Ask your Primary Owner.",
    claims: ["export-who"],
  },
  {
    id: "export-made-before-deletion",
    when: chatsInOrganization,
    data: ["deleted-chats"],
    audiences: ["primary-owner", "owners"],
    verdict: "possible",
    mechanisms: ["data-export"],
    window: "as long as your organization keeps an export made before you deleted the chat",
    reason:
      "Exports started after you delete a chat leave it out, but an export made before you deleted it still holds it.",
    question: "Was your organization's data exported before you deleted the chat? Your Primary Owner would know.",
    claims: ["export-omits-deleted", "export-who"],
  },
  {
    id: "claude-in-chrome-exports-unknown",
    when: all(claudeAiOrganization, surface("claude-in-chrome")),
    data: ["chat-content"],
    audiences: ["primary-owner", "owners"],
    verdict: "possible",
    mechanisms: ["data-export"],
    window: notStated,
    reason:
      "Claude in Chrome side-panel sessions run as Cowork sessions saved to your history (on Team, and on Enterprise once your organization enables it), but Anthropic's export pages do not say whether organization data exports include them.",
    question: "Do Claude in Chrome conversations appear in your organization's data exports? Ask your Primary Owner.",
    claims: ["claude-in-chrome-side-panel", "export-contents", "export-who"],
  },
  {
    id: "audit-log-sign-ins",
    when: auditLogExportOn,
    data: ["sign-in-metadata"],
    audiences: ["owners", "primary-owner"],
    verdict: "yes",
    mechanisms: ["audit-log-export"],
    window: auditLogWindow,
    reason:
      "Unless your organization uses customer-managed encryption keys, Owners and the Primary Owner can export the audit log, which records each sign-in with its IP address, device and browser.",
    claims: ["audit-logs-enterprise", "audit-logs-roles", "audit-log-columns", "audit-log-events"],
  },
  {
    id: "audit-log-deletions",
    when: auditLogExportOn,
    data: ["deletion-records"],
    audiences: ["owners", "primary-owner"],
    verdict: "yes",
    mechanisms: ["audit-log-export"],
    window: auditLogWindow,
    reason:
      "Unless your organization uses customer-managed encryption keys, Owners and the Primary Owner can export the audit log, which records each chat, file and project you delete, and when.",
    claims: ["audit-log-events", "audit-logs-roles", "audit-log-columns"],
  },
  {
    id: "audit-log-renames",
    when: auditLogExportOn,
    data: ["renamed-titles"],
    audiences: ["owners", "primary-owner"],
    verdict: "yes",
    mechanisms: ["audit-log-export"],
    window: auditLogWindow,
    reason:
      "Unless your organization uses customer-managed encryption keys, Owners and the Primary Owner can export the audit log, which includes the new name of any chat you rename, although it leaves out the titles chats get when they are created.",
    claims: ["audit-log-titles", "audit-logs-roles"],
  },
  {
    id: "audit-log-off-under-cmek",
    when: all(account("enterprise"), settingOn("cmek")),
    data: ["sign-in-metadata", "deletion-records", "renamed-titles"],
    audiences: ["owners", "primary-owner"],
    verdict: "no",
    mechanisms: [],
    reason:
      "When your organization uses customer-managed encryption keys, the audit-log export is switched off; the same events reach Owners and the Primary Owner only through the Activity Feed, if the Compliance API is on.",
    claims: ["cmek-audit-log-off", "audit-events-in-feed"],
  },
  {
    id: "usage-analytics-owners",
    when: claudeAiOrganization,
    data: ["usage-metrics"],
    audiences: ["owners", "primary-owner"],
    verdict: "yes",
    mechanisms: ["analytics-dashboard"],
    window: "not stated on the analytics page; the spend report is updated daily and reaches back up to 90 days",
    reason:
      "Owners and the Primary Owner can see usage analytics, including who spends the most and a spend report that lists each person by email address.",
    claims: ["usage-analytics-roles", "usage-analytics-spend", "usage-analytics-metrics"],
  },
  {
    id: "usage-analytics-enterprise-admins",
    when: account("enterprise"),
    data: ["usage-metrics"],
    audiences: ["admins"],
    verdict: "yes",
    mechanisms: ["analytics-dashboard"],
    window: "not stated on the analytics page",
    reason: "Enterprise Admins can see the usage analytics, except the spend figures.",
    claims: ["usage-analytics-roles"],
  },
  {
    id: "analytics-api-primary-owner",
    when: account("enterprise"),
    data: ["usage-metrics"],
    audiences: ["primary-owner"],
    verdict: "yes",
    mechanisms: ["analytics-api"],
    window:
      "days from 1 January 2026 on; an older help article limited it to the past 90 days, and the pages stored here do not say whether a limit on how far back it reaches still applies",
    reason:
      "Your Primary Owner can create Analytics API keys that return each member's activity for each day, and on usage-based plans each person's cost.",
    claims: ["analytics-api"],
  },
  {
    id: "team-admins-no-analytics",
    when: account("team"),
    data: ["usage-metrics"],
    audiences: ["admins"],
    verdict: "no",
    mechanisms: [],
    reason: "On Team, usage analytics are open to Owners and the Primary Owner, not to Admins.",
    claims: ["usage-analytics-roles"],
  },
  {
    id: "team-has-no-audit-log",
    when: account("team"),
    data: ["sign-in-metadata", "deletion-records"],
    audiences: ["admins", "owners", "primary-owner", "compliance-key-holders"],
    verdict: "no",
    mechanisms: [],
    reason:
      "Team plans have no audit log and no Compliance API, so no one in your organization can pull your sign-in, device or deletion records from Anthropic's tools.",
    claims: ["audit-logs-enterprise", "compliance-api-plans"],
  },
  {
    id: "enterprise-admins-no-logs",
    when: account("enterprise"),
    data: ["sign-in-metadata", "deletion-records", "renamed-titles"],
    audiences: ["admins"],
    verdict: "no",
    mechanisms: [],
    reason: "Admins cannot export audit logs or use the Compliance API; those are for Owners and the Primary Owner.",
    claims: ["audit-logs-roles", "compliance-keys"],
  },
  {
    id: "claude-ai-roles-no-api-content",
    when: claudeAiOrganization,
    data: ["api-content"],
    audiences: ["admins", "owners", "primary-owner"],
    verdict: "no",
    mechanisms: [],
    reason:
      "API calls run under a Console organization's keys, and a claude.ai organization's exports, audit logs and analytics do not return API prompts or outputs.",
    claims: ["compliance-api-plans", "compliance-content"],
  },
  {
    id: "admins-no-content",
    // On Enterprise, Inference hooks can route content to a server Admins set up (inference-hooks.ts).
    when: all(claudeAiOrganization, any(account("team"), settingOff("inference-hooks"))),
    data: ["chat-content", "uploaded-files", "deleted-chats", "claude-code-transcripts", "cowork-sessions"],
    audiences: ["admins"],
    verdict: "no",
    mechanisms: [],
    reason:
      "Admins cannot run data exports or create Compliance API keys, and unless your organization sends prompts to its own server through Inference hooks, which exist only on Enterprise, they have no other way to open your chats, files or sessions.",
    claims: ["export-who", "compliance-keys", "inference-hooks-who"],
  },
  {
    id: "admins-no-content-this-way",
    when: claudeAiOrganization,
    data: ["chat-content", "uploaded-files", "deleted-chats", "claude-code-transcripts", "cowork-sessions"],
    audiences: ["admins"],
    verdict: "no",
    mechanisms: [],
    reason:
      "Admins cannot run data exports or create Compliance API keys, and Inference hooks, where an organization uses them, carry only prompts sent from claude.ai, Cowork and Claude Code signed in to an Enterprise account, so Admins cannot open this.",
    claims: ["export-who", "compliance-keys", "inference-hooks-surfaces"],
  },
  {
    id: "admins-no-titles",
    when: claudeAiOrganization,
    data: ["titles", "renamed-titles"],
    audiences: ["admins"],
    verdict: "no",
    mechanisms: [],
    reason:
      "Admins cannot run data exports, export audit logs or create Compliance API keys, and Inference hooks do not send the requests that name chats, so Admins do not see your chat titles.",
    claims: ["export-who", "audit-logs-roles", "compliance-keys", "inference-hooks-not-sent"],
  },
] satisfies RuleDraft[];
