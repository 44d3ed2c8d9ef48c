import { advice as allAdvice, type Advice } from "@/content/check/advice";
import { onePagerNotes } from "@/content/onboarding/typical-use";
import { adviceFor } from "@/lib/check/advice";
import type { Report, ReportNote } from "@/lib/model/report-schema";

/** The check's advice for any of the situations, each item once, in the order content/check/advice.ts gives. */
export function onboardingAdvice(reports: readonly Report[], items: readonly Advice[] = allAdvice): Advice[] {
  const applying = new Set(reports.flatMap((report) => adviceFor(report.situation, items)));
  return items.filter((item) => applying.has(item));
}

/** The report caveats chosen for the one-pager (content/onboarding/typical-use.ts) that apply, each once. */
export function onboardingNotes(reports: readonly Report[]): ReportNote[] {
  const applying = reports.flatMap((report) => report.notes);
  return onePagerNotes.flatMap((id) => applying.find((note) => note.id === id) ?? []);
}
