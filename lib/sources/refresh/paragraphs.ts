/**
 * Comparing two copies of a page by what a reader sees. The stored copies were often taken from a
 * page's Markdown source and a refresh may read its HTML, so the same words can come with different
 * marks: `*` or `-` bullets, `#` headings, padded table cells, escapes. Each paragraph (a block between
 * blank lines) is stripped of those marks and normalised as quotes are (quotes.ts); two copies say the
 * same when their paragraphs are the same, and a diff is of paragraphs.
 */
import { diffArrays } from "diff";
import { normaliseText } from "../quotes";

const listItem = /^\s*(?:[-*+]|\d+[.)])\s+/;
const tableRow = /^\s*\|/;
const heading = /^\s*#{1,6}\s+/;
const blockMarks = [heading, /^\s*(?:>\s*)+/, listItem, tableRow, /\|\s*$/];

/** A line without its block marks; "" for a line that is only marks (a table rule, a fence, a break). */
function cleanLine(line: string): string {
  if (/^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/.test(line)) return ""; // table rule
  if (/^\s*(?:`{3,}|~{3,})/.test(line)) return ""; // code fence
  if (/^\s*(?:[-*_]\s*){3,}$/.test(line)) return ""; // thematic break
  return blockMarks
    .reduce((text, mark) => text.replace(mark, ""), line)
    .replace(/\s*\|\s*/g, " | ")
    .replace(/<(https?:[^<>\s]+)>/g, "$1"); // an autolink keeps its address
}

/**
 * A page's paragraphs, each normalised; marks-only and empty paragraphs are dropped. A list item, a
 * table row and a heading each start a paragraph of their own, so a tight list and a loose one (items
 * apart by blank lines) give the same paragraphs.
 */
export function paragraphsOf(text: string): string[] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    const starts = listItem.test(line) || tableRow.test(line) || heading.test(line);
    if (line.trim() === "" || starts) {
      if (current.length > 0) blocks.push(current);
      current = [];
    }
    if (line.trim() !== "") current.push(cleanLine(line));
  }
  if (current.length > 0) blocks.push(current);
  return blocks.map((lines) => normaliseText(lines.join("\n"))).filter((paragraph) => paragraph.length > 0);
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
