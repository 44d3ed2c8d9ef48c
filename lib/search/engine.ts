/**
 * Site search in the browser, with MiniSearch: every section of the index is a document, searched by its
 * page title, heading and text, with prefix matching ("retent" finds "retention") and typo tolerance
 * ("incognitto" finds "incognito"). Loaded by the search page only when it runs.
 */
import MiniSearch, { type SearchOptions } from "minisearch";
import type { SearchIndex } from "./schema";
import { snippet, type SnippetPart } from "./snippet";
import { normalizeWord, words } from "./words";

/** One section that matches, best first. */
export type SearchHit = {
  /** Page address and, for a section, its `#id`: "/layers/audit-logs/#every-documented-event". */
  href: string;
  /** The page's title. */
  page: string;
  /** The section's heading, or "" when the section is the top of the page. */
  heading: string;
  /** Words around the first match, matches marked. */
  snippet: SnippetPart[];
  score: number;
};

export type SiteSearch = {
  /** The sections that match every word of the query, or, when none does, those that match some. */
  search(query: string): { hits: SearchHit[]; everyWord: boolean };
};

/** A section as MiniSearch sees it: `id` is its place in the list, `anchor` its id on the page. */
type Doc = { id: number; path: string; anchor: string; title: string; heading: string; text: string };

/**
 * Pages whose sections are one claim or one change each: they should not crowd out the explainers. The
 * Sources pages are the overview and its parts below it.
 */
const isSecondaryPage = (path: string) => path === "/changes/" || path.startsWith("/sources/");

const options: SearchOptions = {
  boost: { heading: 3, title: 2, text: 1 },
  prefix: true,
  // Typos: one in a word of four or five letters, two from six on (a swap of two letters counts as two).
  fuzzy: (term) => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : false),
  // Single letters ("s" of "organization's") match nearly everything; digits stay ("6 years").
  tokenize: (query) => {
    const all = words(query);
    const kept = all.filter((word) => word.length > 1 || /\p{N}/u.test(word));
    return kept.length > 0 ? kept : all;
  },
};

/**
 * How much a section counts: the top of a page whose title has the word twice as much, since the page is
 * about it ("incognito" leads to the incognito explainer); a claim or a change a little less.
 */
function documentBoost(doc: Doc, term: string): number {
  const top = doc.anchor === "" && words(doc.title).some((word) => normalizeWord(word) === term) ? 2 : 1;
  return top * (isSecondaryPage(doc.path) ? 0.6 : 1);
}

/**
 * Sections indexed per task. Indexing all of them at once held the main thread for one long task (about
 * 300 ms on a mid-range phone); in chunks of this size each task stays short and a tap or a key press in
 * between is handled at once.
 */
const SECTIONS_PER_TASK = 25;

/** Builds the search over an index file's pages, a few sections per task. */
export async function createSiteSearch(index: SearchIndex, limit = 20): Promise<SiteSearch> {
  const docs: Doc[] = index.pages
    .flatMap((page) =>
      page.sections.map(({ id, heading, text }) => ({ path: page.path, anchor: id, title: page.title, heading, text })),
    )
    .map((doc, id) => ({ id, ...doc }));
  const engine = new MiniSearch<Doc>({
    fields: ["title", "heading", "text"],
    tokenize: words,
    processTerm: normalizeWord,
    searchOptions: { ...options, boostDocument: (id: number, term: string) => documentBoost(docs[id]!, term) },
  });
  await engine.addAllAsync(docs, { chunkSize: SECTIONS_PER_TASK });

  const hitOf = (result: { id: number; terms: string[]; score: number }): SearchHit => {
    const doc = docs[result.id]!;
    return {
      href: doc.anchor ? `${doc.path}#${doc.anchor}` : doc.path,
      page: doc.title,
      heading: doc.heading,
      snippet: snippet(doc.text, new Set(result.terms)),
      score: result.score,
    };
  };

  return {
    search(query) {
      if (words(query).length === 0) return { hits: [], everyWord: true };
      let results = engine.search(query, { combineWith: "AND" });
      const everyWord = results.length > 0;
      if (!everyWord) results = engine.search(query, { combineWith: "OR" });
      // The home page and the layers page show the same six cards: a section whose words were already listed is left out.
      const seen = new Set<string>();
      const unique = results.filter((result) => {
        const key = `${docs[result.id]!.heading}\n${docs[result.id]!.text}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return { hits: unique.slice(0, limit).map(hitOf), everyWord };
    },
  };
}
