import { describe, expect, it } from "vitest";
import { parsePageMeta } from "./page-meta-schema";

describe("parsePageMeta", () => {
  const valid = {
    title: "Privacy",
    description: "What this site does with your data: nothing leaves it.",
    lastReviewed: "2026-11-22",
  };

  it("accepts complete metadata", () => {
    expect(parsePageMeta("privacy", valid)).toEqual(valid);
  });

  it("names the page and the field when metadata is wrong", () => {
    expect(() => parsePageMeta("privacy", { ...valid, lastReviewed: "soon" })).toThrow(
      /privacy\.mdx[\s\S]*lastReviewed/,
    );
  });

  it("rejects unknown fields so typos do not pass silently", () => {
    expect(() => parsePageMeta("privacy", { ...valid, titel: "x" })).toThrow(/titel/);
  });
});
