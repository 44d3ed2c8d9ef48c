/** Where the search index lives. No imports, so the search page's script can use it without zod. */

/** The index file, relative to the export root; the build writes it there. */
export const SEARCH_INDEX_FILE = "data/search-index.json";

/** The index as the /search/ page fetches it: relative, so it also works when the site sits under a sub-path. */
export function searchIndexUrl(): string {
  return `../${SEARCH_INDEX_FILE}`;
}
