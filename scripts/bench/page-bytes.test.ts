import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { starterScript } from "../../lib/export/start-after-paint";
import { pageBytes } from "./page-bytes";

let outDir = "";
const code = "console.log('the framework');".repeat(20);
const hydration = 'self.__next_f.push([1,"the page text"])';

beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), "page-bytes-"));
  mkdirSync(join(outDir, "_next/static/chunks"), { recursive: true });
  mkdirSync(join(outDir, "check"));
  writeFileSync(join(outDir, "_next/static/chunks/app.js"), code);
  writeFileSync(join(outDir, "_next/static/chunks/legacy.js"), "polyfills");
  writeFileSync(
    join(outDir, "check/index.html"),
    `<html><head><script src="/privacy/ai/_next/static/chunks/app.js" async=""></script>` +
      `<script src="/privacy/ai/_next/static/chunks/app.js"></script>` +
      `<script src="/_next/static/chunks/legacy.js" noModule=""></script></head>` +
      `<body><h1>Check</h1><script>${hydration}</script></body></html>`,
  );
});

afterEach(() => rmSync(outDir, { recursive: true, force: true }));

describe("pageBytes", () => {
  it("counts each script file once, under the base path, and skips legacy polyfills", () => {
    const bytes = pageBytes(outDir, "/check/");
    expect(bytes.scriptFiles).toBe(1);
    expect(bytes.scriptGzip).toBe(gzipSync(code).length);
  });

  it("reports the inline scripts' bodies apart, raw and compressed", () => {
    const bytes = pageBytes(outDir, "/check/");
    expect(bytes.inlineRaw).toBe(hydration.length);
    expect(bytes.inlineGzip).toBe(gzipSync(hydration).length);
  });

  it("reports the whole document, raw and compressed", () => {
    const bytes = pageBytes(outDir, "/check/");
    expect(bytes.htmlRaw).toBeGreaterThan(bytes.inlineRaw);
    expect(bytes.htmlGzip).toBeLessThan(bytes.htmlRaw);
  });
});

describe("pageBytes of a page whose scripts start after the first paint", () => {
  it("counts the scripts its starter adds and the payload file fetched beside it", () => {
    const payload = "0:the page text\n".repeat(10);
    writeFileSync(join(outDir, "check/index.txt"), payload);
    writeFileSync(join(outDir, "_next/static/chunks/late.js"), "late()");
    writeFileSync(
      join(outDir, "check/index.html"),
      `<html><head></head><body><h1>Check</h1><script>${starterScript({
        scripts: ["/privacy/ai/_next/static/chunks/app.js", "/privacy/ai/_next/static/chunks/late.js"],
        payload: "/privacy/ai/check/index.txt",
        sheet: "/privacy/ai/_next/static/css/site.css",
      })}</script></body></html>`,
    );
    const bytes = pageBytes(outDir, "/check/");
    expect(bytes.scriptFiles).toBe(2);
    expect(bytes.scriptGzip).toBe(gzipSync(code).length + gzipSync("late()").length);
    expect(bytes.payloadRaw).toBe(payload.length);
    expect(bytes.payloadGzip).toBe(gzipSync(payload).length);
  });
});
