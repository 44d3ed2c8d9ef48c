import { adviceFor, type Advice } from "@/lib/check/advice-for";
import type { Report, ReportNote } from "@/lib/model/report-schema";

/** The check's advice for any of the situations, each item once, in the order given (content/check/advice.ts). */
export function adviceForReports(reports: readonly Report[], items: readonly Advice[]): Advice[] {
  const applying = new Set(reports.flatMap((report) => adviceFor(report.situation, items)));
  return items.filter((item) => applying.has(item));
}

/** The report caveats chosen (content/onboarding/typical-use.ts) that apply to any of the reports, each once. */
export function notesForReports(reports: readonly Report[], noteIds: readonly string[]): ReportNote[] {
  const applying = reports.flatMap((report) => report.notes);
  return noteIds.flatMap((id) => applying.find((note) => note.id === id) ?? []);
}
