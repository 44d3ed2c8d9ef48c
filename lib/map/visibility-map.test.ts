import { audienceShortLabels } from "@/content/check/labels";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import { onboardingColumns } from "@/lib/content/one-pager";
import { audienceIds } from "@/lib/model/vocabulary";
import { audiencesWith, mapAudiences, mapAxes, visibilityMap } from "./visibility-map";

const general = () => onboardingColumns().map((column) => column.report);

describe("mapAudiences", () => {
  it("has every audience once, you first and Anthropic last", () => {
    const ids = mapAudiences.map((audience) => audience.id);
    expect([...ids].sort()).toEqual([...audienceIds].sort());
    expect(mapAudiences[0]).toEqual({ id: "you", group: "you" });
    expect(mapAudiences.slice(-2).map((audience) => audience.group)).toEqual(["anthropic", "anthropic"]);
  });
});

describe("mapAxes", () => {
  it("keeps exactly the data kinds and audiences with a yes or a possible in some report", () => {
    const reports = general();
    const { rows, columns } = mapAxes(reports, audienceShortLabels);
    for (const report of reports)
      for (const cell of report.cells.filter((c) => c.verdict !== "no")) {
        expect(rows.map((row) => row.data)).toContain(cell.data);
        expect(columns.map((column) => column.audience)).toContain(cell.audience);
      }
    for (const row of rows)
      expect(reports.some((r) => r.cells.some((c) => c.data === row.data && c.verdict !== "no"))).toBe(true);
    // Typical Team and Enterprise use has no Cowork, so Cowork sessions are a row of "no" and left out.
    expect(rows.map((row) => row.data)).not.toContain("cowork-sessions");
  });

  it("labels rows and columns with the vocabulary's words", () => {
    const { rows, columns } = mapAxes(general(), audienceShortLabels);
    expect(rows[0]).toEqual({ data: "chat-content", label: "Chat content" });
    expect(columns.find((column) => column.audience === "primary-owner")?.label).toBe("Primary Owner");
  });
});

describe("visibilityMap", () => {
  it("draws every mark as the engine's verdict for its cell", () => {
    const reports = general();
    const axes = mapAxes(reports, audienceShortLabels);
    for (const report of reports) {
      const map = visibilityMap(report, axes);
      map.rows.forEach((row, r) =>
        map.columns.forEach((column, c) => {
          const cell = report.cells.find((x) => x.data === row.data && x.audience === column.audience)!;
          expect(map.marks[r]![c]!.verdict).toBe(cell.verdict);
          expect(map.marks[r]![c]!.anchor).toMatch(new RegExp(`^cell-${row.data}-`));
        }),
      );
    }
  });

  it("never turns an unknown setting into a no: on Enterprise with nothing known, Admins might see chats", () => {
    const enterprise = general()[1]!;
    const map = visibilityMap(enterprise, mapAxes([enterprise], audienceShortLabels));
    const chat = map.rows.findIndex((row) => row.data === "chat-content");
    expect(audiencesWith(map, chat, "possible").map((column) => column.audience)).toContain("admins");
  });

  it("takes its own axes from one report when none are given", () => {
    const report = evaluate(general()[0]!.situation);
    expect(visibilityMap(report, mapAxes([report], audienceShortLabels)).rows).toEqual(
      mapAxes([report], audienceShortLabels).rows,
    );
  });
});
