/**
 * A streaming CSV reader (RFC 4180: commas, double quotes, "" inside quotes, CRLF or LF). Text arrives in
 * chunks of any size and rows leave one by one, so a large file is never held as one string. A row longer
 * than `maxRowChars` is skipped with a clear reason instead of filling memory.
 */

import { wholeNumber } from "@/lib/site/whole-number";

export type CsvCallbacks = {
  /** A complete row, with the line it starts on (1-based). Blank lines are skipped. */
  onRow: (fields: string[], line: number) => void;
  /** A row that could not be read: too long, or a quote never closed. */
  onBadRow: (line: number, reason: string, excerpt: string) => void;
};

export type CsvReader = { push: (chunk: string) => void; end: () => void };

const EXCERPT = 300;

/** Starts a reader; call `push` with each chunk of text and `end` once at the end. */
export function createCsvReader({ onRow, onBadRow }: CsvCallbacks, maxRowChars = 1_000_000): CsvReader {
  type State = "start" | "unquoted" | "quoted" | "afterQuote";
  let state: State = "start";
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let rowLine = 1;
  let rowChars = 0;
  let oversized = false;
  let excerpt = "";

  const append = (text: string) => {
    if (oversized) return;
    rowChars += text.length;
    if (rowChars > maxRowChars) {
      oversized = true;
      excerpt = [...fields, field + text].join(",").slice(0, EXCERPT);
      fields = [];
      field = "";
      return;
    }
    field += text;
  };
  const endField = (trimCr: boolean) => {
    if (!oversized) fields.push(trimCr && field.endsWith("\r") ? field.slice(0, -1) : field);
    field = "";
    state = "start";
  };
  const endRow = (trimCr: boolean) => {
    endField(trimCr);
    if (oversized) {
      onBadRow(rowLine, `is longer than ${wholeNumber(maxRowChars)} characters, so it was skipped`, excerpt);
    } else if (!(fields.length === 1 && fields[0] === "")) {
      onRow(fields, rowLine);
    }
    fields = [];
    rowChars = 0;
    oversized = false;
    rowLine = line;
  };

  const push = (chunk: string) => {
    let segment = 0;
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (state === "start") {
        if (code === 34 /* " */) {
          state = "quoted";
          segment = i + 1;
          continue;
        }
        state = "unquoted";
        segment = i;
      }
      if (state === "unquoted") {
        if (code === 44 /* , */) {
          append(chunk.slice(segment, i));
          endField(false);
        } else if (code === 10 /* \n */) {
          append(chunk.slice(segment, i));
          line += 1;
          endRow(true);
        }
      } else if (state === "quoted") {
        if (code === 34) {
          append(chunk.slice(segment, i));
          state = "afterQuote";
        } else if (code === 10) {
          line += 1;
        }
      } else if (state === "afterQuote") {
        if (code === 34) {
          // "" inside a quoted field is one quote character.
          append('"');
          state = "quoted";
          segment = i + 1;
        } else if (code === 44) {
          endField(false);
        } else if (code === 10) {
          line += 1;
          endRow(true);
        } else if (code !== 13) {
          // Text after a closing quote: not strict CSV, kept as part of the field rather than refused.
          state = "unquoted";
          segment = i;
        }
      }
    }
    if (state === "unquoted" || state === "quoted") append(chunk.slice(segment));
  };

  const end = () => {
    if (state === "quoted") {
      const text = [...fields, field].join(",").slice(0, EXCERPT);
      onBadRow(rowLine, "has a quoted field that is never closed", oversized ? excerpt : text);
      fields = [];
      field = "";
      state = "start";
      return;
    }
    if (state !== "start" || fields.length > 0) endRow(true);
  };

  return { push, end };
}
