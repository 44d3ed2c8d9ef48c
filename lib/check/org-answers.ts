import type { Answer } from "@/lib/model/situation-schema";
import { labelOf, settings, type SettingId } from "@/lib/model/vocabulary";
import type { OrgEdition } from "@/lib/profile/org-edition";
import type { Answers } from "./answers";

/** What the check needs from an organization's profile. */
export type OrgCheckSettings = Pick<
  OrgEdition,
  "name" | "statedOn" | "contact" | "plan" | "partnerCloud" | "settings" | "retentionDays"
>;

/** The settings the organization fixes for these answers: its statements, when the account is its plan. */
export function orgFixedSettings(
  answers: Answers,
  org: OrgCheckSettings | undefined,
): Partial<Record<SettingId, Exclude<Answer, "unknown">>> {
  if (!org || effectiveAccount(answers, org) !== org.plan) return {};
  if (org.plan === "partner-cloud" && answers.partnerCloud && answers.partnerCloud !== org.partnerCloud) return {};
  return org.settings;
}

function effectiveAccount(answers: Answers, org: OrgCheckSettings | undefined) {
  return answers.account ?? org?.plan;
}

/**
 * The answers with the organization's statements applied: the account starts as the organization's
 * plan (the person can change it), and while it is, the settings the organization states replace the
 * person's answers. Settings it does not state stay the person's, "I don't know" by default.
 */
export function withOrgStatements(answers: Answers, org: OrgCheckSettings | undefined): Answers {
  if (!org) return answers;
  const account = effectiveAccount(answers, org);
  const fixed = orgFixedSettings(answers, org);
  const usesOrgPlan = account === org.plan && Object.keys(fixed).length > 0;
  return {
    ...answers,
    account,
    ...(account === "partner-cloud" && !answers.partnerCloud && org.partnerCloud
      ? { partnerCloud: org.partnerCloud }
      : {}),
    settings: { ...answers.settings, ...fixed },
    ...(usesOrgPlan && fixed["custom-retention"] === "yes" && org.retentionDays !== undefined
      ? { retentionDays: org.retentionDays }
      : {}),
  };
}

/** Notices for answers in a link that the organization's statements replaced. */
export function replacedByOrg(answers: Answers, org: OrgCheckSettings | undefined): string[] {
  if (!org) return [];
  const fixed = orgFixedSettings(answers, org);
  return settings
    .filter((setting) => {
      const given = answers.settings[setting.id];
      return given !== undefined && fixed[setting.id] !== undefined && given !== fixed[setting.id];
    })
    .map(
      (setting) =>
        `The link answered "${labelOf(settings, setting.id)}" differently; ${org.name} states it, so its statement is used.`,
    );
}
