import { describe, expect, it } from "vitest";
import { toSituation } from "@/lib/content/check-questions";
import { evaluate } from "@/lib/engine/evaluate";
import { anchorLookup, groupCells } from "./group-cells";
import { answers } from "./test-support";

const report = evaluate(toSituation(answers({ account: "enterprise", surfaces: ["claude-apps"] }))!);

describe("groupCells", () => {
  it("holds every cell of the report once, under its own data kind", () => {
    const groups = [...groupCells(report).entries()];
    const held = groups.flatMap(([data, list]) =>
      list.flatMap((group) => {
        expect(group.data).toBe(data);
        return group.audiences.map((audience) => `${data} ${audience}`);
      }),
    );
    expect(held.sort()).toEqual(report.cells.map((cell) => `${cell.data} ${cell.audience}`).sort());
  });

  it("puts audiences together only when verdict and explanation are the same", () => {
    for (const list of groupCells(report).values()) {
      for (const group of list) {
        for (const audience of group.audiences) {
          const cell = report.cells.find((c) => c.data === group.data && c.audience === audience)!;
          expect({ ...cell, audience: group.cell.audience }).toEqual(group.cell);
        }
      }
    }
  });

  it("anchors each group at its first audience's cell", () => {
    for (const list of groupCells(report).values())
      for (const group of list) expect(group.anchor).toBe(`cell-${group.data}-${group.audiences[0]}`);
  });
});

describe("anchorLookup", () => {
  it("gives every cell the anchor of the group that holds it", () => {
    const groups = groupCells(report);
    const anchorOf = anchorLookup(groups);
    for (const list of groups.values())
      for (const group of list)
        for (const audience of group.audiences) expect(anchorOf(group.data, audience)).toBe(group.anchor);
  });

  it("throws for a cell no group holds", () => {
    expect(() => anchorLookup(new Map())("chat-content", "owners")).toThrow(/No group holds/);
  });
});
