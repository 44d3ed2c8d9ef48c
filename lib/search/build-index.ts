/**
 * Builds the search index from a finished static export: every searchable page, read from its HTML, cut
 * into sections. Runs after `next build` and before the hosting files are written (scripts/build.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { exportedHtmlFiles } from "../hosting/export-files";
import { extractPage } from "./extract";
import { SEARCH_INDEX_FILE } from "./index-file";
import { searchIndexSchema, type SearchIndex } from "./schema";

/** Pages left out of the index, each with the reason. Every other page of the export is in it. */
export const unsearchedPages = [
  { prefix: "/search/", reason: "the search page itself lists every page" },
  { prefix: "/embed/", reason: "the embed views repeat the check and the explainers, without the site around them" },
  {
    prefix: "/check/report/",
    reason: "ready-made reports repeat the same verdicts for one situation each; the check makes them",
  },
  { prefix: "/onboarding/report/", reason: "the full reports behind the one-pager repeat the check's verdicts" },
  { prefix: "/404/", reason: "the page for a missing address" },
  { prefix: "/_not-found/", reason: "the page for a missing address" },
] as const satisfies readonly { prefix: string; reason: string }[];

/** The page address of an exported file: "layers/audit-logs/index.html" is "/layers/audit-logs/". */
export function pagePath(file: string): string | undefined {
  if (file === "index.html") return "/";
  const match = /^(.+\/)index\.html$/.exec(file);
  return match ? `/${match[1]}` : undefined;
}

export function isSearched(path: string): boolean {
  return !unsearchedPages.some((page) => path.startsWith(page.prefix));
}

/** The index of the export in `outDir`, pages in address order. */
export function buildSearchIndex(outDir: string): SearchIndex {
  const pages = exportedHtmlFiles(outDir).flatMap((file) => {
    const path = pagePath(file);
    if (path === undefined || !isSearched(path)) return [];
    const { title, sections } = extractPage(readFileSync(join(outDir, file), "utf8"));
    if (!title || sections.length === 0) throw new Error(`${file}: no heading or text to index`);
    return [{ path, title, sections }];
  });
  return searchIndexSchema.parse({ version: 1, pages });
}

/** Writes the index into the export; returns its path and size in bytes. */
export function writeSearchIndex(outDir: string): { file: string; bytes: number; pages: number } {
  const index = buildSearchIndex(outDir);
  const file = join(outDir, SEARCH_INDEX_FILE);
  const json = JSON.stringify(index);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, json);
  return { file, bytes: Buffer.byteLength(json), pages: index.pages.length };
}
