import { describe, expect, it } from "vitest";
import { snippet } from "./snippet";

const text = `${"Words before the match. ".repeat(8)}The Compliance API still returns a deleted chat. ${"Words after it. ".repeat(12)}`;

describe("snippet", () => {
  it("shows the words around the first match, cut at word boundaries, with the match marked", () => {
    const parts = snippet(text, new Set(["deleted"]), 120);
    const joined = parts.map((part) => part.text).join("");
    expect(parts.filter((part) => part.hit)).toEqual([{ text: "deleted", hit: true }]);
    expect(joined.startsWith("…")).toBe(true);
    expect(joined.endsWith("…")).toBe(true);
    expect(joined).toContain("The Compliance API still returns a deleted chat.");
    expect(joined.length).toBeLessThanOrEqual(124);
    expect(joined).not.toMatch(/…\S*[a-z]…$/);
  });

  it("marks every match in the window, whatever its case or accents", () => {
    const parts = snippet("Café owners and the Primary Owner. Owners again.", new Set(["owners", "cafe"]));
    expect(parts.filter((part) => part.hit).map((part) => part.text)).toEqual(["Café", "owners", "Owners"]);
  });

  it("shows the place where the most different matched words sit together", () => {
    const long = `The owner came. ${"Filler words here. ".repeat(10)}Owners and the Primary Owner can export it.`;
    const joined = snippet(long, new Set(["owner", "owners", "primary", "export"]), 100)
      .map((part) => part.text)
      .join("");
    expect(joined).toContain("Owners and the Primary Owner can export it.");
  });

  it("starts at the beginning when nothing in the text matched (a match in the heading)", () => {
    expect(snippet("Short text.", new Set(["absent"]))).toEqual([{ text: "Short text.", hit: false }]);
  });
});
