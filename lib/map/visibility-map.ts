import { dataByImportance, organizationAudiences } from "@/lib/check/audiences";
import { anchorLookup, groupCells } from "@/lib/check/group-cells";
import type { Verdict } from "@/lib/model/content-schema";
import type { Report } from "@/lib/model/report-schema";
import { dataKinds, labelOf, type AudienceId, type DataKindId } from "@/lib/model/vocabulary";

/** Whose column an audience sits in: you, your organization (and what it runs), or Anthropic. */
export type AudienceGroup = "you" | "organization" | "anthropic";

/** The audiences a map can show, in its column order: you, the organization's from the most powerful, Anthropic. */
export const mapAudiences = [
  { id: "you", group: "you" },
  ...organizationAudiences.map((id) => ({ id, group: "organization" as const })),
  { id: "anthropic-automated", group: "anthropic" },
  { id: "anthropic-staff", group: "anthropic" },
] as const satisfies readonly { id: AudienceId; group: AudienceGroup }[];

/** What each group of columns is called over the map; "you" has one column, whose own label says it. */
export const audienceGroupNames = {
  you: "You",
  organization: "Your organization",
  anthropic: "Anthropic",
} as const satisfies Record<AudienceGroup, string>;

export type MapColumn = { audience: AudienceId; group: AudienceGroup; label: string };
export type MapRow = { data: DataKindId; label: string };
/** One mark: the engine's verdict for a data kind and an audience, and the anchor of its explanation in the report. */
export type MapMark = { verdict: Verdict; anchor: string };

/** A report drawn as a grid of marks: `marks[row][column]`. */
export type VisibilityMap = { rows: MapRow[]; columns: MapColumn[]; marks: MapMark[][] };

/**
 * The rows and columns worth drawing for a set of reports (to draw side by side, they share both): the
 * data kinds and the audiences with at least one "yes" or "possible" among them. A row or column of "no"
 * alone, such as Cowork sessions for someone who does not use Cowork, says nothing the others do not.
 */
export function mapAxes(
  reports: readonly Report[],
  audienceShortLabels: Readonly<Record<AudienceId, string>>,
): { rows: MapRow[]; columns: MapColumn[] } {
  const seen = (data: DataKindId | null, audience: AudienceId | null) =>
    reports.some((report) =>
      report.cells.some(
        (cell) =>
          cell.verdict !== "no" &&
          (data === null || cell.data === data) &&
          (audience === null || cell.audience === audience),
      ),
    );
  return {
    rows: dataByImportance
      .filter((data) => seen(data, null))
      .map((data) => ({ data, label: labelOf(dataKinds, data) })),
    columns: mapAudiences
      .filter(({ id }) => seen(null, id))
      .map(({ id, group }) => ({ audience: id, group, label: audienceShortLabels[id] })),
  };
}

/** One report's marks on the given axes (`mapAxes`): every mark is a cell of the report, unchanged. */
export function visibilityMap(report: Report, axes: ReturnType<typeof mapAxes>): VisibilityMap {
  const anchorOf = anchorLookup(groupCells(report));
  const marks = axes.rows.map((row) =>
    axes.columns.map((column) => {
      const cell = report.cells.find((c) => c.data === row.data && c.audience === column.audience);
      if (!cell) throw new Error(`The report has no verdict for ${row.data} and ${column.audience}.`);
      return { verdict: cell.verdict, anchor: anchorOf(row.data, column.audience) };
    }),
  );
  return { ...axes, marks };
}

/** The columns of one row with a given verdict, for saying the map in words. */
export function audiencesWith(map: VisibilityMap, rowIndex: number, verdict: Verdict): MapColumn[] {
  return map.columns.filter((_, index) => map.marks[rowIndex]![index]!.verdict === verdict);
}
