import { describe, expect, it } from "vitest";
import { metaExport } from "./meta-export";

describe("metaExport", () => {
  it("reads the meta object of an MDX page", () => {
    const source = `export const meta = {\n  description: "A page.",\n  "last": 3,\n  related: ["a", "b"],\n  ok: true,\n};\n\n# Heading\n`;
    expect(metaExport(source)).toEqual({ description: "A page.", last: 3, related: ["a", "b"], ok: true });
  });

  it("is undefined for a page without meta", () => {
    expect(metaExport("# Heading\n\nText.\n")).toBeUndefined();
  });

  it("refuses a value that would have to run", () => {
    expect(() => metaExport('export const meta = { description: "a" + "b" };\n')).toThrow(/BinaryExpression/);
  });
});
