import { describe, expect, it } from "vitest";
import { scriptsStartedBy, startScriptsAfterPaint, starterScript, UnexpectedPageShapeError } from "./start-after-paint";

const page = [
  "<!DOCTYPE html><html><head>",
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  "</head><body><p>Text</p>",
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  "<script>self.__next_f.push([1])</script></body></html>",
].join("");

describe("startScriptsAfterPaint", () => {
  const result = startScriptsAfterPaint(page, "index.html");

  it("takes every async script and script preload out of the page", () => {
    expect(result).not.toMatch(/<script src="[^"]+" async="">/);
    expect(result).not.toContain('rel="preload" as="script"');
  });

  it("keeps the noModule polyfills, the text and the inline payload in place", () => {
    expect(result).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>');
    expect(result).toContain("<body><p>Text</p><script>self.__next_f.push([1])</script>");
  });

  it("ends the body with a starter that lists every script once", () => {
    expect(result.endsWith(`<script>${starterScript(scriptsStartedBy(result))}</script></body></html>`)).toBe(true);
    expect(scriptsStartedBy(result).sort()).toEqual(
      ["a", "b", "c", "late"].map((name) => `/_next/static/chunks/${name}.js`),
    );
  });

  it("refuses a page whose head has no framework scripts, rather than ship it half-done", () => {
    expect(() => startScriptsAfterPaint("<html><head></head><body></body></html>", "x.html")).toThrow(
      UnexpectedPageShapeError,
    );
  });
});

describe("starterScript", () => {
  it("adds the scripts only after the first contentful paint, with a fallback after load", () => {
    const code = starterScript(["/x.js"]);
    expect(code).toContain('getEntriesByName("first-contentful-paint")');
    expect(code).toContain('addEventListener("load"');
    expect(code.endsWith('})(["/x.js"])')).toBe(true);
  });
});
