/** Reads the HTML pages of a static export from disk, for the hosting plan. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { ExportedPage } from "./plan";

/** Build output that holds no pages: scripts, style sheets and media, named by their content hash. */
const ASSET_FOLDER = "_next";

/** Every .html file under the export root, as paths relative to it with "/" separators, sorted. */
export function exportedHtmlFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!(dir === root && entry.name === ASSET_FOLDER)) walk(path);
      } else if (entry.isFile() && entry.name.endsWith(".html")) {
        files.push(relative(root, path).split(sep).join("/"));
      }
    }
  };
  walk(root);
  return files.sort();
}

/** Every page of the export with its HTML. */
export function readExportedPages(root: string): ExportedPage[] {
  return exportedHtmlFiles(root).map((file) => ({ file, html: readFileSync(join(root, file), "utf8") }));
}
