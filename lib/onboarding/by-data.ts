import { dataByImportance, organizationAudiences } from "@/lib/check/audiences";
import { anchorLookup, groupCells } from "@/lib/check/group-cells";
import { summarize } from "@/lib/check/report-summary";
import type { Verdict } from "@/lib/model/content-schema";
import type { Report } from "@/lib/model/report-schema";
import type { AudienceId, DataKindId } from "@/lib/model/vocabulary";

/**
 * Who in the organization sees one kind of data, at one verdict: "yes" with the audiences that can,
 * "possible" with those that might, or a lone "no" when nobody in the organization can. `anchor` is the
 * explanation in the full report (the same ids the report page renders).
 */
export type WhoSees = { verdict: Verdict; audiences: AudienceId[]; anchor: string };

/**
 * The check's own summary lines (`summarize`), regrouped by data kind: what the one-pager's table shows.
 * A data kind the summary does not mention is a "no" for every audience in the organization.
 */
export function whoSeesByData(report: Report): Map<DataKindId, WhoSees[]> {
  const anchorOf = anchorLookup(groupCells(report));
  const byData = new Map<DataKindId, WhoSees[]>(dataByImportance.map((data) => [data, []]));
  for (const line of summarize(report)) {
    const data = line.cells[0]!.data;
    const audiences = line.cells.map((cell) => cell.audience);
    byData.get(data)!.push({ verdict: line.verdict, audiences, anchor: anchorOf(data, audiences[0]!) });
  }
  for (const [data, entries] of byData) {
    if (entries.length === 0)
      entries.push({ verdict: "no", audiences: [], anchor: anchorOf(data, organizationAudiences[0]) });
  }
  return byData;
}

/**
 * The data kinds worth a row: those that exist in at least one of the situations, meaning someone (you,
 * the organization or Anthropic) could see them. Data from a surface nobody uses here, such as Cowork
 * sessions, would only add rows of "no". Most revealing first.
 */
export function relevantDataKinds(reports: readonly Report[]): DataKindId[] {
  return dataByImportance.filter((data) =>
    reports.some((report) => report.cells.some((cell) => cell.data === data && cell.verdict !== "no")),
  );
}

/** How many entries of each verdict a table holds, e.g. to compare an edition with the general one. */
export function countVerdicts(entries: Iterable<WhoSees[]>): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { yes: 0, possible: 0, no: 0 };
  for (const list of entries) for (const entry of list) counts[entry.verdict] += 1;
  return counts;
}
