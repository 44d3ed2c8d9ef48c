import { cellKey } from "@/lib/engine/cell-key";
import type { CellVerdict, Report } from "@/lib/model/report-schema";
import { audiences, dataKinds, labelOf, mechanisms } from "@/lib/model/vocabulary";
import { dataByImportance, isOrganizationAudience, organizationAudiences } from "./audiences";
import { oncePer } from "./once-per";
import { capitalise, inSentence, joinWords } from "./wording";

/** One sentence of the report's summary, linking to the cells it sums up. */
export type SummaryLine = { verdict: "yes" | "possible"; text: string; cells: CellVerdict[] };

function sentence(cells: CellVerdict[], verb: string): string {
  const who = capitalise(joinWords(cells.map((cell) => inSentence(labelOf(audiences, cell.audience)))));
  const what = inSentence(labelOf(dataKinds, cells[0]!.data));
  const how = [...new Set(cells.flatMap((cell) => cell.mechanisms))].map((id) => inSentence(labelOf(mechanisms, id)));
  return `${who} ${verb} your ${what}${how.length > 0 ? `, through ${joinWords(how)}` : ""}.`;
}

/**
 * The report in a few plain sentences, most revealing data first: who in the organization can see it
 * ("yes"), then who might ("possible"). Anthropic and you are left to the full table.
 */
export const summarize: (report: Report) => readonly SummaryLine[] = oncePer(summaryOf);

function summaryOf(report: Report): SummaryLine[] {
  const byKey = new Map(report.cells.map((cell) => [cellKey(cell.data, cell.audience), cell]));
  const lines: SummaryLine[] = [];
  for (const verdict of ["yes", "possible"] as const) {
    for (const data of dataByImportance) {
      const cells = organizationAudiences
        .map((audience) => byKey.get(cellKey(data, audience)))
        .filter((cell): cell is CellVerdict => cell?.verdict === verdict);
      if (cells.length > 0)
        lines.push({ verdict, text: sentence(cells, verdict === "yes" ? "can see" : "might see"), cells });
    }
  }
  return lines;
}

/** True when nobody in the organization can or might see anything through Anthropic's tools. */
export function organizationSeesNothing(report: Report): boolean {
  return report.cells.every((cell) => !isOrganizationAudience(cell.audience) || cell.verdict === "no");
}
