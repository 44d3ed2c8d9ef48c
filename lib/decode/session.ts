/**
 * One reading of one file: text in chunks in, a summary out. It waits for enough text to tell the format,
 * then streams every row through the matching reader, the zod schemas and the summariser. Nothing here
 * throws on bad input: every problem becomes a counted row error or a reason the file was not read.
 */
import { detectFormat, DETECT_CHARS, type Detection } from "./detect";
import type { FormatKind } from "./event";
import { createActivityJsonReader } from "./readers/activity-json";
import { createActivityLinesReader } from "./readers/activity-jsonl";
import { createAuditCsvReader } from "./readers/audit-csv";
import type { FormatReader, RowSink } from "./readers/rows";
import { createSummariser, type DecodeSummary } from "./summary";

export type DecodeResult = { detection: Detection; summary: DecodeSummary };
export type DecodeSession = { push: (chunk: string) => void; end: () => DecodeResult };

export type DecodeOptions = {
  /** The longest row or activity kept, in characters; longer ones are skipped with a reason. */
  maxRowChars?: number;
};

/** One reader per format. */
const readers: Record<FormatKind, (sink: RowSink, maxRowChars: number) => FormatReader> = {
  "audit-csv": createAuditCsvReader,
  "activity-jsonl": createActivityLinesReader,
  "activity-json": createActivityJsonReader,
};

/** Starts reading one file. */
export function createDecodeSession(options: DecodeOptions = {}): DecodeSession {
  const maxRowChars = options.maxRowChars ?? 1_000_000;
  const summary = createSummariser();
  let head: string[] = [];
  let headLength = 0;
  let detection: Detection | null = null;
  let reader: FormatReader | null = null;

  const decide = (complete: boolean) => {
    const text = head.join("");
    head = [];
    detection = detectFormat(text, complete);
    if (detection.kind === "empty" || detection.kind === "unknown") return;
    summary.setFormat(detection.kind);
    reader = readers[detection.kind](summary, maxRowChars);
    reader.push(text);
  };

  return {
    push(chunk) {
      if (chunk.length === 0) return;
      if (detection) {
        reader?.push(chunk);
        return;
      }
      head.push(chunk);
      headLength += chunk.length;
      if (headLength >= DETECT_CHARS) decide(false);
    },
    end() {
      if (!detection) decide(true);
      reader?.end();
      return { detection: detection!, summary: summary.finish() };
    },
  };
}
