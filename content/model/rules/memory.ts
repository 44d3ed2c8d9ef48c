/**
 * Claude's memory: what Claude remembers about you from your chats in the apps. It goes wherever your
 * chats' exports go and follows their retention; the Compliance API pages do not mention it.
 */
import { account, all, any, not, settingOff, settingOn, surface } from "@/lib/model/conditions";
import { audienceIds } from "@/lib/model/vocabulary";
import { notStated, staffQuestion, type RuleDraft } from "./shared";

const apps = surface("claude-apps");
const inOrganization = all(account("team", "enterprise"), apps);
const exportWindow = "{retention}; an export already downloaded stays with your organization";

/** The closed cell where there is no memory; the rules index puts it with the other gates. */
export const memoryGates = [
  {
    id: "memory-needs-the-apps",
    when: not(apps),
    data: ["memory"],
    audiences: [...audienceIds],
    verdict: "no",
    gate: true,
    mechanisms: [],
    reason:
      "Memory is built from chats in the Claude apps, which you said you do not use, so there is no memory of yours.",
    claims: ["memory-apps-only"],
  },
] satisfies RuleDraft[];

export const memoryRules = [
  {
    id: "you-memory",
    when: apps,
    data: ["memory"],
    audiences: ["you"],
    verdict: "yes",
    mechanisms: ["your-own-copy"],
    window: "until you delete entries or reset memory, or the retention that applies to your chats removes them",
    reason:
      "If memory is on, you can see, change and delete everything it holds under Settings > Memory (under Settings > Capabilities in the older version).",
    claims: ["memory-you-control"],
  },
  {
    id: "memory-export-primary-owner",
    when: all(apps, any(account("team"), all(account("enterprise"), settingOff("cmek")))),
    data: ["memory"],
    audiences: ["primary-owner"],
    verdict: "yes",
    mechanisms: ["data-export"],
    window: exportWindow,
    reason:
      "Whatever Claude's memory holds about you goes into your organization's data exports with your chats, unless an Enterprise organization uses customer-managed encryption keys.",
    claims: ["memory-in-exports", "memory-retention", "export-who"],
  },
  {
    id: "memory-export-under-cmek",
    when: all(apps, account("enterprise"), settingOn("cmek")),
    data: ["memory"],
    audiences: ["primary-owner"],
    verdict: "possible",
    mechanisms: ["data-export"],
    window: exportWindow,
    reason:
      "When your organization uses customer-managed encryption keys, the signed links that data exports, memory included, are delivered through are switched off, and Anthropic's pages do not say whether exports still work some other way.",
    question:
      "Can your Primary Owner still run organization data exports now that your organization uses customer-managed encryption keys? Ask your Primary Owner.",
    claims: ["memory-in-exports", "cmek-exports-signed-urls", "export-who"],
  },
  {
    id: "memory-export-owners-disputed",
    when: inOrganization,
    data: ["memory"],
    audiences: ["owners"],
    verdict: "possible",
    mechanisms: ["data-export"],
    window: exportWindow,
    reason:
      "Memory goes into your organization's data exports, and Anthropic's pages disagree on whether Owners can run them: four of its statements say only the Primary Owner can, the incognito article says Owners can.",
    question:
      "Can Owners in your organization run data exports, or only the Primary Owner? Four of Anthropic's five statements on this name only the Primary Owner. Ask your Primary Owner.",
    claims: ["memory-in-exports", "export-who"],
  },
  {
    id: "admins-no-memory",
    when: account("team", "enterprise"),
    data: ["memory"],
    audiences: ["admins"],
    verdict: "no",
    mechanisms: [],
    reason: "Admins cannot run data exports, so they cannot open what Claude's memory holds about you.",
    claims: ["export-who", "memory-in-exports"],
  },
  {
    id: "memory-compliance-undocumented",
    when: all(account("enterprise"), apps, settingOn("compliance-api"), settingOn("compliance-key-shared")),
    data: ["memory"],
    audiences: ["compliance-key-holders"],
    verdict: "possible",
    mechanisms: ["compliance-api"],
    window: notStated,
    reason:
      "When the Compliance API is on and a key has been handed out, it returns your chats, but Anthropic's pages do not say whether it also returns Claude's memory.",
    question:
      "Does your organization's compliance tool receive Claude's memory as well as chats? Ask your security team.",
    claims: ["memory-not-in-compliance-docs", "compliance-content"],
  },
  {
    id: "automated-memory",
    when: apps,
    data: ["memory"],
    audiences: ["anthropic-automated"],
    verdict: "yes",
    mechanisms: ["automated-processing"],
    window: "{retention}",
    reason:
      "Anthropic's systems build memory from your chats and keep it under the same retention as the chats; in the newer memory version, entries stay after the chat they came from is deleted, until you delete them.",
    claims: ["memory-retention", "memory-outlives-deleted-chats", "automated-processing"],
  },
  {
    id: "staff-review-memory",
    when: all(),
    data: ["memory"],
    audiences: ["anthropic-staff"],
    verdict: "possible",
    mechanisms: ["human-review"],
    window: "only while Anthropic still holds the content; flagged content up to 2 years",
    reason:
      "Anthropic staff may view retained content, memory included, but only for a safety review or to respond to an incident; Access Transparency does not cover the Claude apps, so no record of such a view reaches your organization.",
    question: staffQuestion,
    claims: ["staff-access-reasons", "usage-policy-flags", "at-not-claude-apps"],
  },
] satisfies RuleDraft[];
