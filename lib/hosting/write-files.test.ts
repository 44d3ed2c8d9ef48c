import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportedHtmlFiles } from "./export-files";
import { sha256Source } from "./inline-code";
import { hostingDirFor, readHostingManifest } from "./manifest";
import { headersForPath, parseHeadersFile } from "./netlify-headers";
import { FIXTURE_PAGES, valueOf } from "./plan-fixture";
import { writeHostingFiles } from "./write-files";

let dir: string;
let outDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "hosting-files-"));
  outDir = join(dir, "out");
  for (const { file, html } of [
    ...FIXTURE_PAGES,
    { file: "_next/static/chunks/not-a-page.html", html: "<script>asset()</script>" },
  ]) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), html);
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("exportedHtmlFiles", () => {
  it("lists every page, and nothing under _next/", () => {
    expect(exportedHtmlFiles(outDir)).toEqual(["404.html", "check/index.html", "embed/check/index.html", "index.html"]);
  });
});

describe("hostingDirFor", () => {
  it("is a sibling of the export, named after it", () => {
    expect(hostingDirFor("/srv/site/out")).toBe("/srv/site/out-hosting");
  });
});

describe("writeHostingFiles", () => {
  it("writes _headers, .htaccess and web.config into the export, and the nginx snippet beside it", () => {
    const result = writeHostingFiles({ outDir, basePath: "/privacy/ai", embedOrigins: [] });
    expect(result.written).toEqual([
      join(outDir, "_headers"),
      join(outDir, ".htaccess"),
      join(outDir, "web.config"),
      join(dir, "out-hosting", "nginx.conf"),
      join(dir, "out-hosting", "hosting.json"),
    ]);
    for (const file of result.written) expect(existsSync(file)).toBe(true);
    expect(existsSync(join(outDir, "nginx.conf"))).toBe(false);
    expect(result.warnings).toEqual([]);
  });

  it("warns when Cloudflare Pages would not read a page's own rule, and not before", () => {
    // The fixture has 4 pages. With the rules for every path and for the build assets, 98 pages need 100.
    const addPages = (from: number, to: number) => {
      for (let n = from; n < to; n += 1) {
        mkdirSync(join(outDir, `page-${n}`), { recursive: true });
        writeFileSync(join(outDir, `page-${n}`, "index.html"), `<p>Page ${n}</p>`);
      }
    };
    addPages(0, 94);
    expect(writeHostingFiles({ outDir, basePath: "", embedOrigins: [] }).warnings).toEqual([]);
    addPages(94, 95);
    expect(writeHostingFiles({ outDir, basePath: "", embedOrigins: [] }).warnings).toEqual([
      "_headers has 101 rules before the index.html addresses; Cloudflare Pages reads only the first 100.",
    ]);
  });

  it("writes a _headers file that gives each address its page's policy", () => {
    writeHostingFiles({ outDir, basePath: "/privacy/ai", embedOrigins: [] });
    const rules = parseHeadersFile(readFileSync(join(outDir, "_headers"), "utf8"));
    const policy = valueOf(headersForPath(rules, "/privacy/ai/check/"), "Content-Security-Policy");
    expect(policy).toContain(sha256Source("check()"));
    expect(policy).not.toContain(sha256Source("asset()"));
  });

  it("records the base path and the embed origins for the local server", () => {
    writeHostingFiles({ outDir, basePath: "/privacy/ai", embedOrigins: ["https://intranet.example.com"] });
    expect(readHostingManifest(outDir)).toEqual({
      basePath: "/privacy/ai",
      embedOrigins: ["https://intranet.example.com"],
    });
  });

  it("replaces a previous build's hosting folder", () => {
    mkdirSync(hostingDirFor(outDir));
    writeFileSync(join(hostingDirFor(outDir), "stale.conf"), "old");
    writeHostingFiles({ outDir, basePath: "", embedOrigins: [] });
    expect(existsSync(join(hostingDirFor(outDir), "stale.conf"))).toBe(false);
  });
});

describe("readHostingManifest", () => {
  it("is undefined for an export without one", () => {
    expect(readHostingManifest(outDir)).toBeUndefined();
  });

  it("refuses a manifest it cannot read, and says to rebuild", () => {
    mkdirSync(hostingDirFor(outDir));
    writeFileSync(join(hostingDirFor(outDir), "hosting.json"), JSON.stringify({ basePath: "privacy" }));
    expect(() => readHostingManifest(outDir)).toThrow("Rebuild the site");
  });
});
