import type { CellGroup } from "./group-cells";
import { dataKindIds, type DataKindId } from "@/lib/model/vocabulary";

/**
 * The report's sources: every claim a verdict rests on, once each, numbered in the order the report's
 * reasons first cite them. The reasons name their claims and link here; the quotes, pages and review
 * dates are said once, at the end of the report, rather than in every reason that cites them.
 */
export type ReportSources = {
  /** Claim ids in reading order. */
  ids: readonly string[];
  /** The claim's number in the list, from 1. Throws for a claim the report does not cite. */
  numberOf: (id: string) => number;
};

/** The in-page anchor of a claim's entry in the report's sources; unique within a page that holds one report. */
export const reportClaimAnchor = (id: string) => `report-claim-${id}`;

/** The claims cited by the grouped cells, in the order the report shows the groups. */
export function reportSources(groups: ReadonlyMap<DataKindId, readonly CellGroup[]>): ReportSources {
  const numbers = new Map<string, number>();
  for (const data of dataKindIds) {
    for (const group of groups.get(data) ?? []) {
      for (const id of group.cell.claims) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    }
  }
  return {
    ids: [...numbers.keys()],
    numberOf: (id) => {
      const number = numbers.get(id);
      if (number === undefined) throw new Error(`The report cites no claim "${id}"`);
      return number;
    },
  };
}
