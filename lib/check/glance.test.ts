import { describe, expect, it } from "vitest";
import { audienceShortLabels } from "@/content/check/labels";
import { toSituation } from "@/lib/content/check-questions";
import { evaluate } from "@/lib/engine/evaluate";
import { glanceOf } from "./glance";
import { groupCells } from "./group-cells";
import { summarize } from "./report-summary";
import { answers } from "./test-support";

describe("glanceOf", () => {
  it("counts the summary's lines and links each to an explanation the report has", () => {
    const report = evaluate(toSituation(answers({ account: "enterprise", surfaces: ["claude-apps"] }))!);
    const glance = glanceOf(report, audienceShortLabels);
    const lines = summarize(report);
    expect(glance.yes).toBe(lines.filter((line) => line.verdict === "yes").length);
    expect(glance.yes + glance.possible).toBe(lines.length);
    const anchors = new Set([...groupCells(report).values()].flat().map((group) => group.anchor));
    for (const line of glance.lines) expect(anchors.has(line.anchor), line.anchor).toBe(true);
    expect(glance.lines[0]).toMatchObject({ verdict: "yes", label: "Usage and spend" });
  });
});
