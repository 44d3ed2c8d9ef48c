import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sha256Source } from "./inline-code";
import { nginxSnippet } from "./nginx";
import { fixturePlan } from "./plan-fixture";

/** Each location's match and its headers, read back from the text. */
function locations(text: string): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  for (const m of text.matchAll(/^\s+location ([^{]+) \{\n([\s\S]*?)\n\s+\}$/gm)) {
    const headers = [...m[2]!.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map((h) => [h[1]!, h[2]!] as const);
    found.set(m[1]!, new Map(headers));
  }
  return found;
}

describe("nginxSnippet", () => {
  const plan = fixturePlan();
  const text = nginxSnippet(plan, ["Generated"]);
  const inner = locations(text);

  it("wraps the site in one prefix location for the base path", () => {
    expect(text).toMatch(/^# Generated\nlocation \^~ \/privacy\/ai\/ \{\n/);
    expect(text.trimEnd().endsWith("}")).toBe(true);
    expect(text.match(/\{/g)).toHaveLength(text.match(/\}/g)!.length);
  });

  it("uses a plain root location when the site is at the root", () => {
    expect(nginxSnippet(fixturePlan(""))).toMatch(/^location \/ \{\n/);
  });

  it("adds every header with 'always', so the 404 page carries them too", () => {
    const lines = text.split("\n").filter((line) => line.includes("add_header"));
    for (const line of lines) expect(line).toMatch(/ always;$/);
  });

  it("has an exact location for each address of each page, base path included", () => {
    expect([...inner.keys()].filter((match) => match.startsWith("= "))).toEqual(
      plan.pages.flatMap((page) => page.paths.map((path) => `= ${path}`)),
    );
  });

  it("repeats the headers for everything in each inner location, which inherits none of them", () => {
    for (const headers of inner.values()) {
      for (const [name, value] of plan.everyResponse) expect(headers.get(name)).toBe(value);
    }
  });

  it("gives each page its own policy", () => {
    expect(inner.get("= /privacy/ai/check/index.html")!.get("Content-Security-Policy")).toContain(
      sha256Source("check()"),
    );
    expect(inner.get("= /privacy/ai/embed/check/")!.has("X-Frame-Options")).toBe(false);
  });

  it("caches the build assets for good", () => {
    expect(inner.get("^~ /privacy/ai/_next/static/")!.get("Cache-Control")).toContain("immutable");
  });

  it("answers missing paths with the 404 page", () => {
    expect(text).toContain("    error_page 404 /privacy/ai/404.html;\n");
  });

  it("compresses the scripts, styles and page data as well as the pages, for the whole site", () => {
    expect(text).toMatch(/^location [^\n]+\{\n    gzip on;\n/m);
    const types = text.match(/^    gzip_types ([^;]+);$/m)![1]!.split(" ");
    for (const type of ["application/javascript", "text/css", "text/plain", "application/json", "image/svg+xml"])
      expect(types).toContain(type);
    // nginx always compresses text/html once gzip is on, and warns when it is listed again.
    expect(types).not.toContain("text/html");
    expect(text).toContain("    gzip_vary on;\n");
  });

  it("refuses a value nginx would read as a variable", () => {
    const plan = fixturePlan();
    plan.everyResponse = [["X-Test", "$host"]];
    expect(() => nginxSnippet(plan)).toThrow("cannot be written to nginx");
  });

  // Only where nginx is installed (the CI does not install it): nginx itself reads the snippet.
  const nginx = spawnSync("nginx", ["-v"]).status === 0;
  it.runIf(nginx)("passes nginx -t inside a server block", () => {
    const dir = mkdtempSync(join(tmpdir(), "nginx-snippet-"));
    try {
      writeFileSync(join(dir, "site.conf"), text);
      writeFileSync(
        join(dir, "nginx.conf"),
        `events {}\nhttp {\n  server {\n    listen 127.0.0.1:8999;\n    root ${dir};\n    include ${join(dir, "site.conf")};\n  }\n}\n`,
      );
      const result = spawnSync(
        "nginx",
        ["-t", "-p", dir, "-c", join(dir, "nginx.conf"), "-e", join(dir, "error.log")],
        {
          encoding: "utf8",
        },
      );
      expect(result.stderr).toContain("syntax is ok");
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
