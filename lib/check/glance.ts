import type { Report } from "@/lib/model/report-schema";
import { dataKinds, labelOf, type AudienceId, type DataKindId } from "@/lib/model/vocabulary";
import { anchorLookup, groupCells } from "./group-cells";
import { summarize } from "./report-summary";
import { joinWords } from "./wording";

/** One line of the report at a glance: a kind of data and who in the organization can or might see it. */
export type GlanceLine = {
  verdict: "yes" | "possible";
  data: DataKindId;
  /** "Chat content". */
  label: string;
  /** The table's short names: "Primary Owner, Owners and Compliance key holders". */
  who: string;
  /** Where the first of these verdicts is explained in the full report. */
  anchor: string;
};

/** The report's summary, short enough for a sidebar or a bar: counts, then one line per kind of data. */
export type Glance = { yes: number; possible: number; lines: GlanceLine[] };

/**
 * The summary's sentences (`summarize`) as counts and short lines: `yes` kinds of data someone in the
 * organization can see, `possible` kinds they might. Audiences go by their short labels
 * (content/check/labels.ts).
 */
export function glanceOf(report: Report, audienceShortLabels: Readonly<Record<AudienceId, string>>): Glance {
  const anchorOf = anchorLookup(groupCells(report));
  const lines = summarize(report).map((line): GlanceLine => {
    const first = line.cells[0]!;
    return {
      verdict: line.verdict,
      data: first.data,
      label: labelOf(dataKinds, first.data),
      who: joinWords(line.cells.map((cell) => audienceShortLabels[cell.audience])),
      anchor: anchorOf(first.data, first.audience),
    };
  });
  const yes = lines.filter((line) => line.verdict === "yes").length;
  return { yes, possible: lines.length - yes, lines };
}
