import { describe, expect, it } from "vitest";
import { htaccess } from "./apache";
import { sha256Source } from "./inline-code";
import { fixturePlan } from "./plan-fixture";

type Block = { condition: string; headers: Map<string, string> };

/** The file's top-level header lines and its <If> blocks, read back from the text. */
function readBack(text: string) {
  const top = new Map<string, string>();
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const line of text.split("\n")) {
    const open = line.match(/^<If "(.*)">$/);
    const header = line.match(/^\s*Header always set (\S+) "(.*)"$/);
    if (open) current = { condition: open[1]!, headers: new Map() };
    else if (line === "</If>") {
      blocks.push(current!);
      current = undefined;
    } else if (header) (current?.headers ?? top).set(header[1]!, header[2]!);
  }
  return { top, blocks };
}

describe("htaccess", () => {
  const plan = fixturePlan();
  const text = htaccess(plan, ["Generated"]);
  const { top, blocks } = readBack(text);

  it("starts with its comments", () => {
    expect(text.startsWith("# Generated\n")).toBe(true);
  });

  it("sets every header with 'always', so error responses carry them too", () => {
    const headerLines = text.split("\n").filter((line) => /^\s*Header /.test(line));
    expect(headerLines.length).toBeGreaterThan(0);
    for (const line of headerLines) expect(line).toMatch(/^\s*Header always set /);
  });

  it("compresses the pages, scripts, styles and page data where mod_deflate is loaded", () => {
    const block = text.match(/^<IfModule mod_filter\.c>\n  <IfModule mod_deflate\.c>\n([^\n]+)\n  <\/IfModule>\n<\/IfModule>$/m);
    const types = block![1]!.trim().split(" ");
    expect(types.slice(0, 2)).toEqual(["AddOutputFilterByType", "DEFLATE"]);
    for (const type of ["text/html", "application/javascript", "text/css", "text/plain", "application/json"])
      expect(types).toContain(type);
  });

  it("sends the headers for everything outside any block", () => {
    expect(top.get("X-Content-Type-Options")).toBe("nosniff");
    expect(top.get("Referrer-Policy")).toBe("no-referrer");
    expect(top.has("Content-Security-Policy")).toBe(false);
  });

  it("caches the build assets under the base path for good", () => {
    const assets = blocks.find((block) => block.condition.includes("_next"))!;
    expect(assets.condition).toBe("%{REQUEST_URI} =~ m#^/privacy/ai/_next/static/#");
    expect(assets.headers.get("Cache-Control")).toContain("immutable");
  });

  it("gives each page its policy at both of its addresses, base path included", () => {
    const check = blocks.find((block) => block.condition.includes("/check/'"))!;
    expect(check.condition).toBe("%{REQUEST_URI} in { '/privacy/ai/check/', '/privacy/ai/check/index.html' }");
    expect(check.headers.get("Content-Security-Policy")).toContain(sha256Source("check()"));
    expect(check.headers.get("X-Frame-Options")).toBe("DENY");
  });

  it("has one block per page, the assets' block, and balanced <If> tags", () => {
    expect(blocks).toHaveLength(plan.pages.length + 1);
    expect(text.match(/<If /g)).toHaveLength(text.match(/<\/If>/g)!.length);
  });

  it("lets the embed view be framed by the listed origins, without X-Frame-Options", () => {
    const embed = blocks.find((block) => block.condition.includes("/embed/check/'"))!;
    expect(embed.headers.get("Content-Security-Policy")).toMatch(
      /frame-ancestors 'self' https:\/\/intranet\.example\.com$/,
    );
    expect(embed.headers.has("X-Frame-Options")).toBe(false);
  });

  it("serves the 404 page for missing paths", () => {
    expect(text).toContain("\nErrorDocument 404 /privacy/ai/404.html\n");
  });

  it("refuses a value it cannot quote", () => {
    const plan = fixturePlan();
    plan.everyResponse = [["X-Test", 'say "hi"']];
    expect(() => htaccess(plan)).toThrow("cannot be written to .htaccess");
  });
});
