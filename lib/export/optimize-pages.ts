/** Rewrites every exported page so its text paints first: its CSS inline, the rest and the scripts after the paint. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportedHtmlFiles } from "@/lib/hosting/export-files";
import { criticalCssFor } from "./critical-css";
import { inlineStylesheet, stylesheetHref } from "./inline-stylesheet";
import { startScriptsAfterPaint } from "./start-after-paint";

/** Rewrites the pages in place; `basePath` is the export's sub-path ("" at the root). Resolves to the count. */
export async function optimizeExportedPages(outDir: string, basePath: string): Promise<number> {
  const criticalCss = criticalCssFor(outDir, basePath);
  const files = exportedHtmlFiles(outDir);
  for (const file of files) {
    const path = join(outDir, file);
    // Next.js writes each page's payload beside it for client-side navigation: a/index.html → a/index.txt.
    const payloadFile = file.replace(/\.html$/, ".txt");
    const payload = existsSync(join(outDir, payloadFile))
      ? { url: `${basePath}/${payloadFile}`, text: readFileSync(join(outDir, payloadFile), "utf8") }
      : undefined;
    const html = readFileSync(path, "utf8");
    const sheet = stylesheetHref(html, file);
    const css = await criticalCss(html, sheet, file);
    writeFileSync(
      path,
      startScriptsAfterPaint(
        inlineStylesheet(html, file, () => css),
        file,
        { payload, sheet },
      ),
    );
  }
  return files.length;
}
