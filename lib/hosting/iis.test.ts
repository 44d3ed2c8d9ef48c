import { describe, expect, it } from "vitest";
import { webConfig } from "./iis";
import { sha256Source } from "./inline-code";
import { fixturePlan } from "./plan-fixture";

type Location = { path: string; removed: string[]; added: Map<string, string> };

function unescape(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The root's custom headers and each <location>'s, read back from the text. */
function readBack(text: string) {
  const rootPart = text.slice(0, text.indexOf("<location"));
  const added = (part: string) =>
    new Map([...part.matchAll(/<add name="([^"]+)" value="([^"]*)" \/>/g)].map((m) => [m[1]!, unescape(m[2]!)]));
  const locations: Location[] = [...text.matchAll(/<location path="([^"]*)">([\s\S]*?)<\/location>/g)].map((m) => ({
    path: m[1]!,
    removed: [...m[2]!.matchAll(/<remove name="([^"]+)" \/>/g)].map((r) => r[1]!),
    added: added(m[2]!),
  }));
  return { root: added(rootPart), locations };
}

describe("webConfig", () => {
  const plan = fixturePlan();
  const text = webConfig(plan, ["Generated -- by the build"]);
  const { root, locations } = readBack(text);
  const at = (path: string) => locations.find((location) => location.path === path)!;

  it("is an XML document with one configuration element and balanced locations", () => {
    expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    expect(text.match(/<configuration>/g)).toHaveLength(1);
    expect(text.trimEnd().endsWith("</configuration>")).toBe(true);
    expect(text.match(/<location /g)).toHaveLength(text.match(/<\/location>/g)!.length);
  });

  it("keeps comments valid XML: no '--' inside them", () => {
    for (const comment of text.match(/<!--([\s\S]*?)-->/g)!) expect(comment.slice(4, -3)).not.toContain("--");
  });

  it("sends the headers for everything, and the home page's own, from the root", () => {
    expect(root.get("X-Content-Type-Options")).toBe("nosniff");
    expect(root.get("Content-Security-Policy")).toContain(sha256Source("home()"));
  });

  it("gives every other page a location named by its folder, relative to the web.config", () => {
    expect(locations.map((location) => location.path)).toEqual(["_next/static", "404.html", "check", "embed/check"]);
    expect(at("check").added.get("Content-Security-Policy")).toContain(sha256Source("check()"));
  });

  it("removes each header a location sets before adding it, so nested locations never add one twice", () => {
    for (const location of locations) {
      for (const name of location.added.keys()) expect(location.removed).toContain(name);
    }
  });

  it("drops X-Frame-Options from the embed view and lets the listed origins frame it", () => {
    expect(at("embed/check").removed).toContain("X-Frame-Options");
    expect(at("embed/check").added.has("X-Frame-Options")).toBe(false);
    expect(at("embed/check").added.get("Content-Security-Policy")).toMatch(/frame-ancestors 'self' https:\/\//);
  });

  it("escapes values for XML and keeps the policy's quotes", () => {
    expect(text).toContain("default-src 'none'");
    expect(text).not.toMatch(/value="[^"]*<[^"]*"/);
  });

  it("serves the 404 page, by its URL with the base path, for missing paths", () => {
    expect(text).toContain('<error statusCode="404" path="/privacy/ai/404.html" responseMode="ExecuteURL" />');
    expect(text).toContain('<remove statusCode="404" subStatusCode="-1" />');
  });

  it("caches the build assets for good", () => {
    expect(at("_next/static").added.get("Cache-Control")).toContain("immutable");
  });

  it("uses the same location paths when the site is at the root", () => {
    const rootText = webConfig(fixturePlan(""));
    expect(readBack(rootText).locations.map((location) => location.path)).toEqual([
      "_next/static",
      "404.html",
      "check",
      "embed/check",
    ]);
    expect(rootText).toContain('path="/404.html"');
  });
});
