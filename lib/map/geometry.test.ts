import { audienceShortLabels } from "@/content/check/labels";
import { describe, expect, it } from "vitest";
import { onboardingColumns } from "@/lib/content/one-pager";
import { layoutMap, mapSizes, wrapLabel } from "./geometry";
import { mapAxes } from "./visibility-map";

describe("wrapLabel", () => {
  it("breaks at spaces into lines that fit", () => {
    expect(wrapLabel("Claude Code productivity metrics", 20)).toEqual(["Claude Code", "productivity metrics"]);
    expect(wrapLabel("Chat content", 20)).toEqual(["Chat content"]);
  });

  it("keeps a word longer than a line on a line of its own", () => {
    expect(wrapLabel("a supercalifragilistic word", 10)).toEqual(["a", "supercalifragilistic", "word"]);
  });
});

describe("layoutMap", () => {
  const axes = mapAxes(
    onboardingColumns().map((column) => column.report),
    audienceShortLabels,
  );
  const layout = layoutMap(axes);

  it("places one column per audience, left to right, with at least a gap between groups", () => {
    expect(layout.columnX).toHaveLength(axes.columns.length);
    const steps = layout.columnX.slice(1).map((x, index) => x - layout.columnX[index]!);
    expect(steps.every((step) => step === mapSizes.cell || step >= mapSizes.cell + mapSizes.groupGap)).toBe(true);
    expect(layout.columnX[0]).toBeGreaterThan(layout.labelWidth);
  });

  it("fits every column and row inside the drawing", () => {
    expect(Math.max(...layout.columnX) + mapSizes.cell / 2).toBeLessThanOrEqual(layout.width);
    expect(layout.rowY.at(-1)! + mapSizes.rowHeight).toBeLessThanOrEqual(layout.height);
  });

  it("names the organization's columns and Anthropic's, not your own", () => {
    expect(layout.groups.map((group) => group.group)).toEqual(["organization", "anthropic"]);
  });

  it("is narrow enough to read on a 390 px phone without shrinking much", () => {
    // 358 px of content width at 390 px: the map may shrink to no less than 85% of its size.
    expect(358 / layout.width).toBeGreaterThan(0.85);
  });
});

describe("layoutMap with few columns", () => {
  it("moves a group along so that group names never touch", () => {
    // Four organization columns: "Your organization" is wider than they are.
    const columns = (
      ["you", "primary-owner", "owners", "admins", "telemetry-collector", "anthropic-staff"] as const
    ).map((audience) => ({
      audience,
      group:
        audience === "you"
          ? ("you" as const)
          : audience === "anthropic-staff"
            ? ("anthropic" as const)
            : ("organization" as const),
      label: audience,
    }));
    const layout = layoutMap({ rows: [{ data: "chat-content", label: "Chat content" }], columns });
    const [organization, anthropic] = layout.groups;
    const nameHalf = (name: string) => (name.length * mapSizes.charWidth) / 2;
    const organizationRight = (organization!.from + organization!.to) / 2 + nameHalf("Your organization");
    const anthropicLeft = (anthropic!.from + anthropic!.to) / 2 - nameHalf("Anthropic");
    expect(anthropicLeft).toBeGreaterThan(organizationRight);
    expect((anthropic!.from + anthropic!.to) / 2 + nameHalf("Anthropic")).toBeLessThanOrEqual(layout.width);
  });
});
