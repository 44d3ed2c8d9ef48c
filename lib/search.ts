/** Site search: the shape of the static index and a small scorer. No imports, so it ships light. */

/** One page in the index. */
export type SearchDoc = { href: string; title: string; description: string; text: string };

export type SearchHit = { href: string; title: string; snippet: string; score: number };

/** Where the index lives, relative to the /search/ page, so it also works when the site sits under a sub-path. */
export function searchIndexUrl(): string {
  return "../data/search-index.json";
}

const words = (query: string) =>
  query
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((word) => word.length > 1);

function count(haystack: string, needle: string): number {
  let total = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) total++;
  return total;
}

function snippet(text: string, word: string): string {
  const at = text.toLowerCase().indexOf(word);
  if (at === -1) return text.slice(0, 160);
  const start = Math.max(0, at - 60);
  return `${start > 0 ? "…" : ""}${text.slice(start, at + 100).trim()}…`;
}

/**
 * Pages that contain every word of the query (in the title, description or text), best first: a word in
 * the title weighs most, then the description, then each occurrence in the text.
 */
export function search(docs: readonly SearchDoc[], query: string): SearchHit[] {
  const terms = words(query);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const doc of docs) {
    const title = doc.title.toLowerCase();
    const description = doc.description.toLowerCase();
    const text = doc.text.toLowerCase();
    let score = 0;
    let all = true;
    for (const term of terms) {
      const found = 10 * count(title, term) + 3 * count(description, term) + count(text, term);
      if (found === 0) all = false;
      score += found;
    }
    if (all) hits.push({ href: doc.href, title: doc.title, snippet: snippet(doc.text, terms[0]!), score });
  }
  return hits.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
}
