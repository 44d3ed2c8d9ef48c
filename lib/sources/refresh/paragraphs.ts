/**
 * Comparing two copies of a page by what a reader sees. The stored copies were often taken from a
 * page's Markdown source and a refresh may read its HTML, so the same words can come with different
 * marks: `*` or `-` bullets, `#` headings, padded table cells, escapes. Each paragraph (a block between
 * blank lines) is stripped of those marks and normalised as quotes are (quotes.ts); two copies say the
 * same when their paragraphs are the same, and a diff is of paragraphs.
 */
import { diffArrays } from "diff";
import { normaliseText } from "../quotes";

const blockMarks = [
  /^\s*#{1,6}\s+/, // heading
  /^\s*(?:>\s*)+/, // quotation
  /^\s*(?:[-*+]|\d+[.)])\s+/, // list item
  /^\s*\|/, // a table row's first pipe
  /\|\s*$/, // and its last
];

function cleanLine(line: string): string {
  if (/^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line)) return ""; // table rule
  if (/^\s*(?:`{3,}|~{3,})/.test(line)) return ""; // code fence
  if (/^\s*(?:[-*_]\s*){3,}$/.test(line)) return ""; // thematic break
  return blockMarks.reduce((text, mark) => text.replace(mark, ""), line).replace(/\s*\|\s*/g, " | ");
}

/** A page's paragraphs, each normalised; marks-only and empty paragraphs are dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => normaliseText(block.split("\n").map(cleanLine).join("\n")))
    .filter((paragraph) => paragraph.length > 0);
}

/** True when two copies of a page say the same, paragraph by paragraph. */
export function sameText(before: string, after: string): boolean {
  const a = paragraphsOf(before);
  const b = paragraphsOf(after);
  return a.length === b.length && a.every((paragraph, index) => paragraph === b[index]);
}

/** One paragraph that went or came. */
export type ParagraphChange = { change: "removed" | "added"; text: string };

/** The paragraphs removed from and added to a page, in page order; unchanged ones are left out. */
export function paragraphDiff(before: string, after: string): ParagraphChange[] {
  return diffArrays(paragraphsOf(before), paragraphsOf(after)).flatMap((part) =>
    part.added || part.removed
      ? part.value.map((text) => ({ change: part.added ? ("added" as const) : ("removed" as const), text }))
      : [],
  );
}
