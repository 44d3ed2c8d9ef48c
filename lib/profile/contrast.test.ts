import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contrastRatio, DARK_SURFACES, LIGHT_SURFACES } from "./contrast";

const css = readFileSync(path.join(process.cwd(), "app", "globals.css"), "utf8");

/** The colour tokens declared in the first block that follows `opening`, by name. */
function tokensAfter(opening: string): Record<string, string> {
  const start = css.indexOf(opening);
  if (start < 0) throw new Error(`app/globals.css has no "${opening}"`);
  const block = css.slice(start, css.indexOf("}", start));
  return Object.fromEntries([...block.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]));
}

/** What the accent sits on (the page and the raised surface) or carries as text, in one theme. */
const accentSurfaces = (tokens: Record<string, string>) =>
  [...new Set([tokens.bg, tokens.surface, tokens["accent-fg"]])].sort();

describe("LIGHT_SURFACES and DARK_SURFACES", () => {
  it("are the colours app/globals.css puts under and on the accent, in each theme", () => {
    expect([...LIGHT_SURFACES].sort()).toEqual(accentSurfaces(tokensAfter("@theme {")));
    expect([...DARK_SURFACES].sort()).toEqual(accentSurfaces(tokensAfter("prefers-color-scheme: dark")));
  });
});

describe("contrastRatio", () => {
  it("is 21 for black on white and 1 for a colour on itself, in either order", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#1d4ed8", "#1d4ed8")).toBe(1);
  });
});
