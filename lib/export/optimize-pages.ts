/** Rewrites every exported page so its text paints first: style sheet inline, scripts and payload after the paint. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportedHtmlFiles } from "@/lib/hosting/export-files";
import { inlineStylesheet } from "./inline-stylesheet";
import { startScriptsAfterPaint } from "./start-after-paint";

/** Rewrites the pages in place; `basePath` is the export's sub-path ("" at the root). Returns the count. */
export function optimizeExportedPages(outDir: string, basePath: string): number {
  const sheets = new Map<string, string>();
  const readSheet = (href: string) => {
    const path = href.startsWith(`${basePath}/`) ? href.slice(basePath.length) : href;
    if (!sheets.has(path)) sheets.set(path, readFileSync(join(outDir, path), "utf8"));
    return sheets.get(path)!;
  };
  const files = exportedHtmlFiles(outDir);
  for (const file of files) {
    const path = join(outDir, file);
    // Next.js writes each page's payload beside it for client-side navigation: a/index.html → a/index.txt.
    const payloadFile = file.replace(/\.html$/, ".txt");
    const payload = existsSync(join(outDir, payloadFile))
      ? { url: `${basePath}/${payloadFile}`, text: readFileSync(join(outDir, payloadFile), "utf8") }
      : undefined;
    const html = readFileSync(path, "utf8");
    writeFileSync(path, startScriptsAfterPaint(inlineStylesheet(html, file, readSheet), file, payload));
  }
  return files.length;
}
