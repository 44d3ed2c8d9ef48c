import { describe, expect, it } from "vitest";
import { startedBy, startScriptsAfterPaint, starterScript, UnexpectedPageShapeError } from "./start-after-paint";

const chunk = (name: string) => `/_next/static/chunks/${name}.js`;
const page = [
  "<!DOCTYPE html><html><head>",
  `<link rel="preload" as="script" fetchPriority="low" href="${chunk("late")}"/>`,
  `<link rel="preload" as="script" fetchPriority="low" href="${chunk("c")}"/>`,
  `<script src="${chunk("a")}" async=""></script>`,
  `<script src="${chunk("b")}" async=""></script>`,
  `<script src="${chunk("polyfills")}" noModule=""></script>`,
  "</head><body><p>Text</p>",
  `<script src="${chunk("c")}" async=""></script>`,
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"0:{\\"a\\":1}\\n"])</script>',
  '<script>self.__next_f.push([1,"1:\\u003cb\\n"])</script>',
  "</body></html>",
].join("");
// What the two inline pieces hold, decoded: the payload file Next.js writes beside the page.
const payloadText = '0:{"a":1}\n1:<b\n';

describe("startScriptsAfterPaint", () => {
  const result = startScriptsAfterPaint(page, "index.html", {
    payload: { url: "/index.txt", text: payloadText },
    sheet: "/_next/static/css/site.css",
  });

  it("takes every async script and script preload out of the page", () => {
    expect(result).not.toMatch(/<script src="[^"]+" async="">/);
    expect(result).not.toContain('rel="preload" as="script"');
  });

  it("keeps the noModule polyfills, the text and the payload's first marker in place", () => {
    expect(result).toContain(`<script src="${chunk("polyfills")}" noModule=""></script></head>`);
    expect(result).toContain("<body><p>Text</p><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>");
  });

  it("moves the payload to its file when the file holds the same text", () => {
    expect(result).not.toContain("self.__next_f.push([1,");
    expect(startedBy(result).payload).toBe("/index.txt");
  });

  it("leaves the payload inline when the file differs or is missing", () => {
    for (const payload of [{ url: "/index.txt", text: "other" }, undefined]) {
      const kept = startScriptsAfterPaint(page, "index.html", { payload });
      expect(kept.match(/self\.__next_f\.push\(\[1,/g)).toHaveLength(2);
      expect(startedBy(kept).payload).toBeNull();
    }
  });

  it("ends the body with a starter that lists every script once", () => {
    const started = startedBy(result);
    expect(result.endsWith(`<script>${starterScript(started)}</script></body></html>`)).toBe(true);
    expect([...started.scripts].sort()).toEqual(["a", "b", "c", "late"].map(chunk));
  });

  it("refuses a page whose head has no framework scripts, rather than ship it half-done", () => {
    expect(() => startScriptsAfterPaint("<html><head></head><body></body></html>", "x.html")).toThrow(
      UnexpectedPageShapeError,
    );
  });
});

describe("starterScript", () => {
  it("starts only after the first contentful paint, with a fallback after load", () => {
    const code = starterScript({ scripts: [chunk("x")], payload: "/x/index.txt", sheet: "/site.css" });
    expect(code).toContain('getEntriesByName("first-contentful-paint")');
    expect(code).toContain('addEventListener("load"');
    expect(code.endsWith(`})({"scripts":["${chunk("x")}"],"payload":"/x/index.txt","sheet":"/site.css"})`)).toBe(true);
  });

  it("is read back by startedBy, and a page without it starts nothing", () => {
    const started = { scripts: [chunk("x"), chunk("y")], payload: null, sheet: "/site.css" };
    expect(startedBy(`<body><script>${starterScript(started)}</script></body>`)).toEqual(started);
    expect(startedBy("<body><script>other()</script></body>")).toEqual({ scripts: [], payload: null, sheet: null });
  });
});
