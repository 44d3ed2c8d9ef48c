import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CriticalCssError, criticalCssFor } from "./critical-css";

const sheet = [
  '@property --tw-size{syntax:"<length>";inherits:false;initial-value:0}',
  "@layer utilities{.used{color:red}.unused{color:blue}.link:hover{color:green}}",
  "@media (prefers-color-scheme:dark){.used{color:pink}.unused{color:gray}}",
  "@media print{.no-print{display:none}}",
  ":where(.space-y-4>:not(:last-child)){margin-block-end:1rem}",
  ".\\[\\&_p\\]\\:max-w-prose p{max-width:65ch}",
  "@media print{html:has([data-print-standalone]){font-size:10pt}}",
  "::file-selector-button{margin:0;padding:0}",
  ".sized{width:var(--tw-size)}",
].join("");

function exportWithSheet(basePath: string) {
  const outDir = mkdtempSync(join(tmpdir(), "critical-"));
  mkdirSync(join(outDir, "_next/static/css"), { recursive: true });
  writeFileSync(join(outDir, "_next/static/css/site.css"), sheet);
  const href = `${basePath}/_next/static/css/site.css`;
  const html = `<html><head><link rel="stylesheet" href="${href}" data-precedence="next"/></head><body><p class="used">Text</p><a class="link no-print" href="/">Home</a><div class="sized"></div><ul class="space-y-4"><li>A</li></ul><input type="file"/></body></html>`;
  return { outDir, href, html };
}

describe("criticalCssFor", () => {
  it("stops on a sheet it cannot find, rather than leave the page unstyled", async () => {
    const { outDir, html } = exportWithSheet("");
    await expect(criticalCssFor(outDir, "")(html, "/_next/static/css/missing.css", "index.html")).rejects.toThrow(
      CriticalCssError,
    );
  });

  it("keeps the rules some element matches, with their layers and media, and drops the others", async () => {
    const { outDir, href, html } = exportWithSheet("");
    const css = await criticalCssFor(outDir, "")(html, href, "index.html");
    expect(css).toContain(".used{color:red}");
    expect(css).toContain(".used{color:pink}");
    expect(css).toMatch(/@media print\{\.no-print\{display:none\}\}/);
    // A state is no reason to drop a rule: the link can be hovered.
    expect(css).toContain(".link:hover{color:green}");
    expect(css).not.toContain(".unused");
    // Rules around a state Beasties cannot evaluate are kept.
    expect(css).toContain(":where(.space-y-4>:not(:last-child)){margin-block-end:1rem}");
    expect(css).toContain(".\\[\\&_p\\]\\:max-w-prose p{max-width:65ch}");
    expect(css).toContain("html:has([data-print-standalone]){font-size:10pt}");
    expect(css).toContain("::file-selector-button{margin:0;padding:0}");
    // "<" inside a rule's text does not cut the sheet short.
    expect(css).toContain('syntax:"<length>"');
  });

  it("finds the sheet under an edition's base path", async () => {
    const { outDir, href, html } = exportWithSheet("/privacy/ai");
    const css = await criticalCssFor(outDir, "/privacy/ai")(html, href, "index.html");
    expect(css).toContain(".used{color:red}");
  });
});
