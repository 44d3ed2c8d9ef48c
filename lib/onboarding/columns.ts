import { answerRules, settingsFor } from "@/lib/check/answers";
import { withOrgStatements, type OrgCheckSettings } from "@/lib/check/org-answers";
import { evaluate } from "@/lib/engine/evaluate";
import type { Report } from "@/lib/model/report-schema";
import type { Situation } from "@/lib/model/situation-schema";
import { accounts, labelOf, type SettingId } from "@/lib/model/vocabulary";
import type { OnePagerTables, OrgPlan } from "./typical-use";

/** What the one-pager needs from an organization's profile: what the check needs. */
export type OnboardingOrg = OrgCheckSettings;

/** One plan the one-pager answers for: a column of its summary, and a full report page of its own. */
export type OnboardingColumn = {
  plan: OrgPlan;
  /** The plan's name from the vocabulary, e.g. "Enterprise plan". */
  planLabel: string;
  /** True when the settings come from the organization's statements rather than being unknown. */
  stated: boolean;
  report: Report;
};

/** The one-pager's columns over its tables (content/onboarding/typical-use.ts). */
export function onePagerColumns(tables: OnePagerTables) {
  const { toSituation } = answerRules(tables.questions);

  /**
   * Typical use of a plan (content/onboarding/typical-use.ts) with the organization's statements applied
   * by the check's own rule (`withOrgStatements`), so the one-pager and the check always agree. Built
   * through `toSituation`, so every setting the organization does not state, or that does not apply to
   * the plan, is "unknown", exactly as in the questionnaire.
   */
  function typicalSituation(plan: OrgPlan, org?: OnboardingOrg): Situation {
    const typical = {
      account: plan,
      surfaces: [...tables.typicalSurfaces[plan]],
      behaviours: [...tables.typicalBehaviours],
    };
    const situation = toSituation(withOrgStatements({ ...typical, settings: {} }, org));
    if (!situation) throw new Error(`The one-pager cannot build a situation for the "${plan}" plan without its cloud.`);
    return situation;
  }

  /** The organization's plan, or in the general edition the common plans: one column and one report page each. */
  function onboardingPlans(org?: Pick<OnboardingOrg, "plan">): OrgPlan[] {
    return org ? [org.plan] : [...tables.generalEditionPlans];
  }

  /** The organization's plan with its statements, or, in the general edition, each common plan with nothing known. */
  function onboardingColumns(org?: OnboardingOrg): OnboardingColumn[] {
    return onboardingPlans(org).map((plan) => ({
      plan,
      planLabel: labelOf(accounts, plan),
      stated: org !== undefined,
      report: evaluate(typicalSituation(plan, org)),
    }));
  }

  return { typicalSituation, onboardingPlans, onboardingColumns };
}

/** The settings that matter on the organization's plan but that it does not state: these stay "unknown". */
export function unstatedSettings(org: OnboardingOrg): SettingId[] {
  return settingsFor(org.plan)
    .map((setting) => setting.id)
    .filter((id) => org.settings[id] === undefined);
}

/** The full report behind one column, with every reason and source. */
export const onboardingReportPath = (plan: OrgPlan) => `/onboarding/report/${plan}/`;
