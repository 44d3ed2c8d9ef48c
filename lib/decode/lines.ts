/**
 * A streaming line reader for JSON Lines: chunks in, one line at a time out. A line longer than
 * `maxLineChars` is skipped with a reason, without ever being held whole.
 */

import { wholeNumber } from "@/lib/site/whole-number";

export type LineCallbacks = {
  /** A non-blank line (without its line break) and its number, 1-based. */
  onLine: (text: string, line: number) => void;
  onBadLine: (line: number, reason: string, excerpt: string) => void;
};

export type LineReader = { push: (chunk: string) => void; end: () => void };

/** Starts a reader; call `push` with each chunk of text and `end` once at the end. */
export function createLineReader({ onLine, onBadLine }: LineCallbacks, maxLineChars = 1_000_000): LineReader {
  let parts: string[] = [];
  let length = 0;
  let oversized = false;
  let excerpt = "";
  let line = 1;

  const add = (text: string) => {
    if (oversized) return;
    length += text.length;
    if (length > maxLineChars) {
      oversized = true;
      excerpt = (parts.join("") + text).slice(0, 300);
      parts = [];
      return;
    }
    parts.push(text);
  };
  const finishLine = () => {
    if (oversized) {
      onBadLine(line, `is longer than ${wholeNumber(maxLineChars)} characters, so it was skipped`, excerpt);
    } else {
      const text = parts.join("").replace(/\r$/, "");
      if (text.trim() !== "") onLine(text, line);
    }
    parts = [];
    length = 0;
    oversized = false;
    line += 1;
  };

  return {
    push(chunk) {
      let start = 0;
      for (let index = chunk.indexOf("\n"); index !== -1; index = chunk.indexOf("\n", start)) {
        add(chunk.slice(start, index));
        finishLine();
        start = index + 1;
      }
      if (start < chunk.length) add(chunk.slice(start));
    },
    end() {
      if (length > 0 || oversized) finishLine();
    },
  };
}
