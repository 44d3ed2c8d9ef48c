import { describe, expect, it } from "vitest";
import { toSituation } from "@/lib/content/check-questions";
import { evaluate } from "@/lib/engine/evaluate";
import { groupCells } from "./group-cells";
import { reportClaimAnchor, reportSources } from "./report-sources";
import { answers } from "./test-support";

const report = evaluate(
  toSituation(answers({ account: "enterprise", surfaces: ["claude-apps"], settings: { "compliance-api": "yes" } }))!,
);
const groups = groupCells(report);

describe("reportSources", () => {
  it("lists every claim any cell cites, each once", () => {
    const { ids } = reportSources(groups);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(report.cells.flatMap((cell) => cell.claims)));
  });

  it("numbers the claims from 1 in the order the report's reasons first cite them", () => {
    const sources = reportSources(groups);
    const firstCited = [...groups.values()].flat().flatMap((group) => group.cell.claims);
    expect(sources.ids).toEqual([...new Set(firstCited)]);
    expect(sources.ids.map(sources.numberOf)).toEqual(sources.ids.map((_, index) => index + 1));
  });

  it("refuses a claim the report does not cite", () => {
    expect(() => reportSources(groups).numberOf("no-such-claim")).toThrow(/no-such-claim/);
  });
});

describe("reportClaimAnchor", () => {
  it("gives each claim its own anchor", () => {
    const { ids } = reportSources(groups);
    expect(new Set(ids.map(reportClaimAnchor)).size).toBe(ids.length);
  });
});
