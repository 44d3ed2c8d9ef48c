/**
 * Finding a quote on a page. Quotes are written as a reader sees the page, while snapshots hold its
 * Markdown or MDX source, so both sides are normalised the same way before they are compared:
 *
 * 1. HTML and MDX tags are removed (`<Note>`, `<br />`), autolinks keep their address (`<https://…>`),
 *    and common entities are decoded (`&amp;`).
 * 2. Markdown links keep their text: `[Organization settings](https://…)` → `Organization settings`.
 * 3. Emphasis and code marks (`**`, `__`, `*`, `` ` ``) and backslash escapes are removed; a lone `_`
 *    inside a word stays, so identifiers such as `user_signed_in` survive.
 * 4. Curly quotes and apostrophes become straight ones; en and em dashes and the minus sign become `-`.
 * 5. Runs of white space become one space. Table pipes are kept.
 *
 * In a quote, an ellipsis ("…" or "...") marks left-out text: each part must appear, in that order.
 */

const entities: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "'",
  lsquo: "'",
  ldquo: '"',
  rdquo: '"',
  mdash: "-",
  ndash: "-",
};

/** The normalised form of a page or a quote; see the rules at the top of this file. */
export function normaliseText(text: string): string {
  return text
    .replace(/<(https?:\/\/[^<>\s]+)>/g, "$1")
    .replace(/<\/?[A-Za-z][^<>]*>/g, " ")
    .replace(/&(#\d+|[a-z]+);/g, (found, name: string) =>
      name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : (entities[name] ?? found),
    )
    .replace(/!?\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1")
    .replace(/\*\*|__|`/g, "")
    .replace(/(^|[^\w*])\*(?=\S)|(?<=\S)\*(?=[^\w*]|$)/g, "$1")
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/\u00A0/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The parts of a quote between its ellipses, normalised, without empty parts. */
export function quoteParts(quote: string): string[] {
  return quote
    .split(/\u2026|\.\.\./)
    .map((part) => normaliseText(part))
    .filter((part) => part.length > 0);
}

/** True when every part of the quote appears in the normalised page, in order. */
export function quoteFound(quote: string, normalisedPage: string): boolean {
  let from = 0;
  for (const part of quoteParts(quote)) {
    const at = normalisedPage.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return quoteParts(quote).length > 0;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}_']+/gu) ?? [];

/**
 * The passage of the page most like the quote: the window of the page, as long as the quote, that shares
 * the most words with it. Used to tell an editor what the page says instead.
 */
export function nearestPassage(quote: string, normalisedPage: string): string {
  const wanted = words(quoteParts(quote).join(" "));
  const tokens = [...normalisedPage.matchAll(/\S+/g)];
  if (wanted.length === 0 || tokens.length === 0) return "";
  const size = Math.min(wanted.length + 4, tokens.length);
  const counts = new Map<string, number>();
  for (const word of wanted) counts.set(word, (counts.get(word) ?? 0) + 1);
  let best = 0;
  let bestScore = -1;
  for (let start = 0; start + size <= tokens.length; start++) {
    const have = new Map(counts);
    let score = 0;
    for (let index = start; index < start + size; index++) {
      for (const word of words(tokens[index]![0])) {
        const left = have.get(word) ?? 0;
        if (left > 0) {
          score++;
          have.set(word, left - 1);
        }
      }
    }
    if (score > bestScore) [best, bestScore] = [start, score];
  }
  const first = tokens[best]!;
  const last = tokens[best + size - 1]!;
  return normalisedPage.slice(first.index, last.index + last[0].length);
}
