import { cellKey, type CellKey } from "@/lib/engine/cell-key";
import type { CellVerdict, Report } from "@/lib/model/report-schema";
import { dataKindIds, type AudienceId, type DataKindId } from "@/lib/model/vocabulary";
import { oncePer } from "./once-per";

/** Audiences of one data kind that share a verdict and every word of its explanation. */
export type CellGroup = { data: DataKindId; audiences: AudienceId[]; cell: CellVerdict; anchor: string };

/**
 * Cells with the same verdict, reason, window, question, mechanisms and claims read as one entry. Once per
 * cell: the engine hands the same cell to every report it stands in.
 */
const explanationKey = oncePer((cell: CellVerdict) =>
  JSON.stringify([cell.verdict, cell.reason, cell.window, cell.question, cell.mechanisms, cell.claims]),
);

/** A report's groups of cells, per data kind in vocabulary order. */
export type CellGroups = ReadonlyMap<DataKindId, readonly CellGroup[]>;

/**
 * The report's cells grouped per data kind, so "no, for the same reason" is said once for everyone it
 * applies to rather than eight times. Each group is anchored at its first audience's cell. Worked out once
 * per report (see oncePer).
 */
export const groupCells = oncePer(groupedCells);

function groupedCells(report: Report): CellGroups {
  const byData = new Map<DataKindId, CellGroup[]>(dataKindIds.map((id) => [id, []]));
  const byKey = new Map<string, CellGroup>();
  for (const cell of report.cells) {
    const key = `${cell.data}|${explanationKey(cell)}`;
    const group = byKey.get(key);
    if (group) group.audiences.push(cell.audience);
    else {
      const created = {
        data: cell.data,
        audiences: [cell.audience],
        cell,
        anchor: `cell-${cell.data}-${cell.audience}`,
      };
      byKey.set(key, created);
      byData.get(cell.data)!.push(created);
    }
  }
  return byData;
}

/** Where a cell's explanation lives in the report: the anchor of its group. */
export type AnchorOf = (data: DataKindId, audience: AudienceId) => string;

/** The anchor lookup for grouped cells; it throws for a cell the groups do not hold, which a report never lacks. */
export const anchorLookup = oncePer(anchorsOf);

function anchorsOf(groups: CellGroups): AnchorOf {
  const anchors = new Map<CellKey, string>();
  for (const list of groups.values()) {
    for (const group of list)
      for (const audience of group.audiences) anchors.set(cellKey(group.data, audience), group.anchor);
  }
  return (data, audience) => {
    const anchor = anchors.get(cellKey(data, audience));
    if (!anchor) throw new Error(`No group holds the cell for "${data}" × "${audience}"`);
    return anchor;
  };
}
