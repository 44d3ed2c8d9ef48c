import type { AccountId, SettingId, SurfaceId } from "@/lib/model/vocabulary";

/**
 * The questionnaire's wording: what an editor changes to make a question clearer. Which questions are
 * asked, and the ids they answer, come from the model's vocabulary.
 */
export const questions = {
  account: {
    legend: "Which Claude account do you use for work?",
    hint: "If your employer gave you the account, it is usually Team or Enterprise; your IT team can tell you which. An API key or a cloud account means Console or a partner cloud.",
  },
  partnerCloud: {
    legend: "Which cloud provider serves Claude to you?",
    hint: "Your IT team set this up; it is the cloud your organization already uses.",
  },
  surfaces: {
    legend: "Which of these do you use?",
    hint: "Tick each one you use, or \u201cNone of these\u201d. Each sends your work to Anthropic by a different route.",
    none: "None of these",
  },
  behaviours: {
    legend: "Do you do any of these in the Claude apps?",
    hint: "Tick each one you do, or \u201cNone of these\u201d. Only the ones that can change your report are listed.",
    none: "None of these",
  },
  workEmail: {
    legend: "Does this personal account use your work e-mail address?",
    hint: "An address at your employer's domain, such as name@yourcompany.com. An employer with Claude Enterprise can claim the personal accounts on its domain; your chats move only if you then choose to merge. \u201cI don\u2019t know\u201d is a good answer.",
  },
  settings: {
    legend: "Your organization's settings",
    hint: "Only the settings that can change your report are asked. Answer what you know: \u201cI don\u2019t know\u201d is a good answer, and the report then says \u201cpossible\u201d and tells you whom to ask.",
  },
  retentionDays: {
    label: "Retention period, in days (if you know it)",
    hint: "Anthropic's minimum is 30 days.",
  },
} as const;

/** Which surfaces make sense for each account; a Console or cloud account has no Claude apps sign-in. */
export const surfacesByAccount = {
  personal: ["claude-apps", "claude-code-work-login", "cowork", "claude-in-chrome"],
  team: ["claude-apps", "claude-code-work-login", "claude-code-api-key", "claude-api", "cowork", "claude-in-chrome"],
  enterprise: [
    "claude-apps",
    "claude-code-work-login",
    "claude-code-api-key",
    "claude-api",
    "cowork",
    "claude-in-chrome",
  ],
  console: ["claude-code-api-key", "claude-api"],
  "partner-cloud": ["claude-code-api-key", "claude-api"],
} as const satisfies Record<AccountId, readonly SurfaceId[]>;

/** Surface labels that read better for a particular account than the vocabulary's general label. */
export const surfaceLabelOverrides: Partial<Record<AccountId, Partial<Record<SurfaceId, string>>>> = {
  personal: { "claude-code-work-login": "Claude Code, signed in with this account" },
  "partner-cloud": { "claude-code-api-key": "Claude Code, through your cloud account" },
};

/** Accounts whose people use the Claude apps, where incognito, renaming and the rest apply. */
export const accountsWithApps = ["personal", "team", "enterprise"] as const satisfies readonly AccountId[];

/**
 * Settings that describe the person's own account rather than their organization: the questionnaire asks
 * them on their own, with their own wording, and an organization's profile never states them.
 */
export const ownAccountSettings = ["work-email"] as const satisfies readonly SettingId[];
