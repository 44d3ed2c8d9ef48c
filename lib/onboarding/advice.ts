import { onePagerNotes } from "@/content/onboarding/typical-use";
import type { Advice } from "@/content/check/advice";
import { adviceFor } from "@/lib/check/advice";
import type { Report, ReportNote } from "@/lib/model/report-schema";

/** The check's advice for any of the situations, each item once, in the order content/check/advice.ts gives. */
export function onboardingAdvice(reports: readonly Report[]): Advice[] {
  const all = reports.flatMap((report) => adviceFor(report.situation));
  return all.filter((item, index) => all.findIndex((other) => other.id === item.id) === index);
}

/** The report caveats chosen for the one-pager (content/onboarding/typical-use.ts) that apply, each once. */
export function onboardingNotes(reports: readonly Report[]): ReportNote[] {
  const applying = reports.flatMap((report) => report.notes);
  return onePagerNotes.flatMap((id) => applying.find((note) => note.id === id) ?? []);
}
