/** Anthropic staff: human review for safety or incidents, and what Access Transparency records of it. */
import { account, all, settingOn, surface } from "@/lib/model/conditions";
import { notStated, staffQuestion, type RuleDraft } from "./shared";
import { apiTraffic, notPartnerCloud } from "./anthropic-shared";

const codeStaffWindow =
  "only while Anthropic still holds the content (30 days under standard commercial retention); flagged content up to 2 years";

export const anthropicStaffRules = [
  {
    id: "staff-review-chats",
    when: all(),
    data: ["chat-content", "uploaded-files", "titles", "renamed-titles", "deleted-chats", "cowork-sessions"],
    audiences: ["anthropic-staff"],
    verdict: "possible",
    mechanisms: ["human-review"],
    window: "only while Anthropic still holds the content; flagged content up to 2 years",
    reason: "Anthropic staff may view retained content, but only for a safety review or to respond to an incident.",
    question: staffQuestion,
    claims: ["staff-access-reasons", "usage-policy-flags"],
  },
  {
    id: "staff-view-not-recorded-apps",
    when: all(),
    data: ["chat-content", "uploaded-files", "titles", "renamed-titles", "deleted-chats", "cowork-sessions"],
    audiences: ["anthropic-staff"],
    verdict: "possible",
    mechanisms: ["human-review"],
    window: "only while Anthropic still holds the content; flagged content up to 2 years",
    reason:
      "Access Transparency does not cover the Claude apps, Cowork or Claude in Chrome on any plan, so no record of such a view reaches you or your organization.",
    question: staffQuestion,
    claims: ["at-not-claude-apps", "at-not-consumer-or-partner-clouds"],
  },
  {
    id: "staff-review-code-and-api",
    when: notPartnerCloud,
    data: ["claude-code-transcripts", "api-content"],
    audiences: ["anthropic-staff"],
    verdict: "possible",
    mechanisms: ["human-review"],
    window: codeStaffWindow,
    reason: "Anthropic staff may view retained content, but only for a safety review or to respond to an incident.",
    question: staffQuestion,
    claims: ["staff-access-reasons", "usage-policy-flags", "claude-code-retention"],
  },
  {
    id: "staff-view-not-recorded-code-login",
    when: all(notPartnerCloud, surface("claude-code-work-login")),
    data: ["claude-code-transcripts"],
    audiences: ["anthropic-staff"],
    verdict: "possible",
    mechanisms: ["human-review"],
    window: codeStaffWindow,
    reason:
      "Access Transparency covers Claude Code only when it runs with an API key, so a view of sessions signed in with a claude.ai account is not recorded for your organization.",
    question: staffQuestion,
    claims: ["at-covered-surfaces", "at-not-claude-apps"],
  },
  {
    id: "staff-view-recorded-api",
    when: all(account("team", "enterprise", "console"), surface("claude-api"), settingOn("access-transparency")),
    data: ["api-content"],
    audiences: ["anthropic-staff"],
    verdict: "possible",
    mechanisms: ["human-review", "access-transparency-feed"],
    window:
      "each covered view is recorded in your organization's Activity Feed within two business days; Batch, Files and Playground content, and content sent before Access Transparency was enabled, are not covered",
    reason:
      "When Access Transparency is on, each view by Anthropic staff of your Claude API prompts and responses is written to your organization's Activity Feed within two business days, with one of four reason codes but without the person's name; requests to the Batch or Files APIs, the Console's Playground and content sent before it was enabled are not covered.",
    question: staffQuestion,
    claims: [
      "at-covered-surfaces",
      "at-events",
      "at-delivery",
      "at-reason-codes",
      "at-on-request",
      "at-exclusions",
      "at-coverage-timing",
    ],
  },
  {
    id: "staff-view-recorded-claude-code-key",
    when: all(
      account("team", "enterprise", "console"),
      surface("claude-code-api-key"),
      settingOn("access-transparency"),
    ),
    data: ["claude-code-transcripts"],
    audiences: ["anthropic-staff"],
    verdict: "possible",
    mechanisms: ["human-review", "access-transparency-feed"],
    window:
      "each view is recorded in your organization's Activity Feed within two business days; content sent before Access Transparency was enabled is not guaranteed to be covered",
    reason:
      "When Access Transparency is on, each view by Anthropic staff of Claude Code sessions run with an API key is written to your organization's Activity Feed within two business days, with one of four reason codes but without the person's name; content sent before it was enabled may not be covered.",
    question: staffQuestion,
    claims: [
      "at-covered-surfaces",
      "at-events",
      "at-delivery",
      "at-reason-codes",
      "at-on-request",
      "at-coverage-timing",
    ],
  },
  {
    id: "cmek-preservation-staff",
    when: all(apiTraffic, settingOn("cmek")),
    data: ["api-content", "claude-code-transcripts"],
    audiences: ["anthropic-staff"],
    verdict: "possible",
    mechanisms: ["human-review", "access-transparency-feed"],
    window: "preserved content is kept beyond the standard retention window",
    reason:
      "When your organization uses customer-managed keys, content preserved for an investigation is re-encrypted outside your key and a cmek_preserve event is written to your Activity Feed.",
    question: staffQuestion,
    claims: ["cmek-preserve", "at-reason-codes"],
  },
  {
    id: "staff-account-records",
    when: all(),
    data: ["usage-metrics", "sign-in-metadata", "deletion-records", "claude-code-metrics"],
    audiences: ["anthropic-staff"],
    verdict: "possible",
    mechanisms: ["human-review"],
    window: notStated,
    reason:
      "The sources used here say when Anthropic staff may view content, but not who at Anthropic can see account records such as these.",
    question:
      "Who at Anthropic can see account records? Anthropic's privacy policy, and your organization's agreement with Anthropic, govern it.",
    claims: ["staff-access-reasons"],
  },
  {
    id: "partner-cloud-anthropic-staff",
    when: account("partner-cloud"),
    data: ["api-content", "claude-code-transcripts"],
    audiences: ["anthropic-staff"],
    verdict: "possible",
    mechanisms: ["human-review"],
    window: notStated,
    reason:
      "On a partner cloud the model runs in your provider's platform; Access Transparency does not cover it, and the sources used here do not say what of your use reaches Anthropic.",
    question:
      "What, if anything, of your requests does your cloud provider share with Anthropic? Ask your cloud administrators or the provider.",
    claims: ["at-not-consumer-or-partner-clouds"],
  },
] satisfies RuleDraft[];
