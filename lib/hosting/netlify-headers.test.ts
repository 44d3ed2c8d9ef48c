import { describe, expect, it } from "vitest";
import {
  formatHeadersFile,
  headerRules,
  headersForPath,
  parseHeadersFile,
  pathMatches,
  rulesCloudflareNeeds,
} from "./netlify-headers";
import { fixturePlan, valueOf } from "./plan-fixture";

describe("headerRules", () => {
  const rules = headerRules(fixturePlan());

  it("has a rule for everything under the base path, one for the build assets, then every page's own address, then the index.html ones", () => {
    expect(rules.map((rule) => rule.path)).toEqual([
      "/privacy/ai/*",
      "/privacy/ai/_next/static/*",
      "/privacy/ai/",
      "/privacy/ai/404.html",
      "/privacy/ai/check/",
      "/privacy/ai/embed/check/",
      "/privacy/ai/index.html",
      "/privacy/ai/check/index.html",
      "/privacy/ai/embed/check/index.html",
    ]);
  });

  it("counts the rules Cloudflare Pages needs: all but the index.html addresses it redirects", () => {
    expect(rulesCloudflareNeeds(fixturePlan())).toBe(6);
  });
});

describe("formatHeadersFile and parseHeadersFile", () => {
  it("read back exactly the rules written", () => {
    const rules = headerRules(fixturePlan());
    expect(parseHeadersFile(formatHeadersFile(rules, ["a comment", "", "another"]))).toEqual(rules);
  });

  it("write comments, indented headers and a blank line between rules", () => {
    const text = formatHeadersFile([{ path: "/*", headers: [["X-A", "1"]] }], ["Generated"]);
    expect(text).toBe("# Generated\n\n/*\n  X-A: 1\n");
  });
});

describe("parseHeadersFile", () => {
  it("reads values that contain colons, and ignores comments and blank lines", () => {
    const text =
      "# note\n\n/a/*\n  # inside\n  Content-Security-Policy: default-src 'none'; img-src https://x.test:8443\n";
    expect(parseHeadersFile(text)).toEqual([
      { path: "/a/*", headers: [["Content-Security-Policy", "default-src 'none'; img-src https://x.test:8443"]] },
    ]);
  });

  it("reads CRLF line endings", () => {
    expect(parseHeadersFile("/x\r\n  A: 1\r\n")).toEqual([{ path: "/x", headers: [["A", "1"]] }]);
  });

  it("names the line it cannot place", () => {
    expect(() => parseHeadersFile("  A: 1\n")).toThrow("_headers line 1: a header before any path");
    expect(() => parseHeadersFile("/x\n  no colon here\n")).toThrow('_headers line 2: expected "Name: value"');
    expect(() => parseHeadersFile("x/\n")).toThrow('_headers line 1: expected a path starting with "/"');
    expect(() => parseHeadersFile("/x\n  ! A\n")).toThrow("_headers line 2");
  });
});

describe("pathMatches", () => {
  it("matches a literal path exactly", () => {
    expect(pathMatches("/check/", "/check/")).toBe(true);
    expect(pathMatches("/check/", "/check/index.html")).toBe(false);
    expect(pathMatches("/a.b", "/aXb")).toBe(false);
  });

  it("lets * match anything, slashes included", () => {
    expect(pathMatches("/privacy/ai/*", "/privacy/ai/check/report/team/")).toBe(true);
    expect(pathMatches("/privacy/ai/*", "/privacy/ai/")).toBe(true);
    expect(pathMatches("/privacy/ai/*", "/privacy/other/")).toBe(false);
  });

  it("lets :name match one segment", () => {
    expect(pathMatches("/layers/:layer/", "/layers/audit-logs/")).toBe(true);
    expect(pathMatches("/layers/:layer/", "/layers/a/b/")).toBe(false);
  });
});

describe("headersForPath", () => {
  const rules = headerRules(fixturePlan());

  it("gives a page the headers for everything plus its own", () => {
    const headers = headersForPath(rules, "/privacy/ai/check/");
    expect(valueOf(headers, "X-Content-Type-Options")).toBe("nosniff");
    expect(valueOf(headers, "X-Frame-Options")).toBe("DENY");
    expect(valueOf(headers, "Content-Security-Policy")).toMatch(/frame-ancestors 'none'$/);
    expect(headersForPath(rules, "/privacy/ai/check/index.html")).toEqual(headers);
  });

  it("gives a data file only the headers for everything", () => {
    const headers = headersForPath(rules, "/privacy/ai/data/visibility.json");
    expect(headers.map(([name]) => name)).toEqual(["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]);
  });

  it("gives nothing outside the base path", () => {
    expect(headersForPath(rules, "/check/")).toEqual([]);
  });

  it("never names a header twice for any path of the plan, so no host joins two values", () => {
    for (const path of ["/privacy/ai/", "/privacy/ai/embed/check/index.html", "/privacy/ai/_next/static/x.js"]) {
      const names = rules
        .filter((rule) => pathMatches(rule.path, path))
        .flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("joins a header named by two matching rules with a comma, as Cloudflare Pages does", () => {
    const headers = headersForPath(
      [
        { path: "/*", headers: [["Cache-Control", "public"]] },
        { path: "/a", headers: [["cache-control", "max-age=60"]] },
      ],
      "/a",
    );
    expect(headers).toEqual([["Cache-Control", "public, max-age=60"]]);
  });
});
