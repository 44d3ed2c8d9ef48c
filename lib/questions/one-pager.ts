import { checkLinkFor } from "@/lib/check/check-links";
import { onboardingReportPath, type OnboardingOrg } from "@/lib/onboarding/columns";
import { onboardingColumns, typicalSituation } from "@/lib/content/one-pager";
import { typicalUseWords } from "@/lib/content/one-pager";

/** One plan the one-pager answers for: its column's full report, and the same answers in the check. */
export type OnePagerPlan = { planLabel: string; reportHref: string; checkHref: string };

/**
 * What the one-pager covers, from the one-pager's own data, so this answer cannot drift from it: the
 * plans it answers for, the typical use each column assumes, and where each column's answers lead.
 */
export function onePagerCoverage(org?: OnboardingOrg): {
  plans: OnePagerPlan[];
  use: ReturnType<typeof typicalUseWords>;
} {
  const columns = onboardingColumns(org);
  return {
    plans: columns.map((column) => ({
      planLabel: column.planLabel,
      reportHref: onboardingReportPath(column.plan),
      checkHref: checkLinkFor(typicalSituation(column.plan, org)),
    })),
    use: typicalUseWords(columns.map((column) => column.plan)),
  };
}
