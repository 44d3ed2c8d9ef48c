/**
 * The one-pager's rules over its tables: the typical use in content/onboarding/typical-use.ts, the
 * check's advice and question tables. Pages and components import the one-pager from here.
 */
import { advice } from "@/content/check/advice";
import {
  generalEditionPlans,
  onePagerNotes,
  typicalBehaviours,
  typicalSurfaces,
} from "@/content/onboarding/typical-use";
import { adviceForReports, notesForReports } from "@/lib/onboarding/advice-for-reports";
import { onePagerColumns } from "@/lib/onboarding/columns";
import type { OnePagerTables, OrgPlan } from "@/lib/onboarding/typical-use";
import { typicalUseWords as wordsFor } from "@/lib/onboarding/typical-use-words";
import type { Report, ReportNote } from "@/lib/model/report-schema";
import type { Advice } from "@/lib/check/advice-for";
import { questionTables } from "./check-questions";

export const onePagerTables: OnePagerTables = {
  typicalSurfaces,
  typicalBehaviours,
  generalEditionPlans,
  onePagerNotes,
  questions: questionTables,
};

export const { typicalSituation, onboardingPlans, onboardingColumns } = onePagerColumns(onePagerTables);

/** The typical use the plans' columns assume, in words. */
export const typicalUseWords = (plans: readonly OrgPlan[]) => wordsFor(plans, onePagerTables);

/** The check's advice for any of the one-pager's reports, each item once, in the authored order. */
export const onboardingAdvice = (reports: readonly Report[]): Advice[] => adviceForReports(reports, advice);

/** The report caveats chosen for the one-pager that apply, each once, in the chosen order. */
export const onboardingNotes = (reports: readonly Report[]): ReportNote[] => notesForReports(reports, onePagerNotes);
