import { normalizeWord, WORD } from "./words";

/** A run of snippet text; `hit` when it is a word the search matched. */
export type SnippetPart = { text: string; hit: boolean };

/**
 * About `length` characters of `text` where the most different matched words (`matched`, in their normalized
 * form) sit close together, cut at word boundaries, with the matched words marked. Without a match, the start.
 */
export function snippet(text: string, matched: ReadonlySet<string>, length = 220): SnippetPart[] {
  const hits = [...text.matchAll(WORD)]
    .map((word) => ({ at: word.index, word: word[0], term: normalizeWord(word[0]) }))
    .filter((word) => matched.has(word.term));

  // The window that starts at a match and holds the most different matched words; the first such.
  let best = hits[0];
  let bestCount = 0;
  for (const candidate of hits) {
    const inside = hits.filter(
      (hit) => hit.at >= candidate.at && hit.at + hit.word.length <= candidate.at + length * 0.7,
    );
    const count = new Set(inside.map((hit) => hit.term)).size;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }

  const first = best?.at ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) start = text.indexOf(" ", start) + 1 || first;
  if (start > first) start = first;
  let end = Math.min(text.length, start + length);
  if (end < text.length) end = Math.max(text.lastIndexOf(" ", end), first + (best?.word.length ?? 0));
  if (end <= start) end = Math.min(text.length, start + length);

  const parts: SnippetPart[] = [];
  const push = (part: string, hit: boolean) => part && parts.push({ text: part, hit });
  let at = start;
  for (const hit of hits) {
    if (hit.at < start || hit.at + hit.word.length > end) continue;
    push(text.slice(at, hit.at), false);
    push(hit.word, true);
    at = hit.at + hit.word.length;
  }
  push(text.slice(at, end).trimEnd(), false);
  if (start > 0) parts.unshift({ text: "…", hit: false });
  if (end < text.length) parts.push({ text: "…", hit: false });
  return parts;
}
