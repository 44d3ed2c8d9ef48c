/**
 * One reading of one file: text in chunks in, a summary out. It waits for enough text to tell the format,
 * then streams every row through the matching reader, the zod schemas and the summariser. Nothing here
 * throws on bad input: every problem becomes a counted row error or a reason the file was not read.
 */
import { createCsvReader } from "./csv";
import { detectFormat, DETECT_CHARS, type Detection } from "./detect";
import type { FormatKind } from "./event";
import { createJsonStreamReader } from "./json-stream";
import { createLineReader } from "./lines";
import {
  activitySchema,
  auditColumns,
  auditRowSchema,
  describeIssues,
  eventFromActivity,
  eventFromAuditRow,
  feedEnvelopeSchema,
  type AuditColumn,
} from "./schemas";
import { createSummariser, type DecodeSummary, type KnownTypes, type Summariser } from "./summary";

export type DecodeResult = { detection: Detection; summary: DecodeSummary };
export type DecodeSession = { push: (chunk: string) => void; end: () => DecodeResult };

export type DecodeOptions = {
  /** The longest row or activity kept, in characters; longer ones are skipped with a reason. */
  maxRowChars?: number;
};

const excerptOf = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);

/** Reads a parsed JSON value as one activity (or, on a JSON Lines line, possibly a whole response). */
function addActivity(summary: Summariser, value: unknown, row: number, text: string) {
  const parsed = activitySchema.safeParse(value);
  if (!parsed.success) {
    summary.addError({ row, reason: describeIssues(parsed.error), excerpt: excerptOf(text) });
    return;
  }
  const event = eventFromActivity(parsed.data, row);
  if ("error" in event) summary.addError({ row, reason: event.error, excerpt: excerptOf(text) });
  else summary.addEvent(event);
}

function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `is not valid JSON (${error instanceof Error ? error.message : "unreadable"})` };
  }
}

function readerFor(format: FormatKind, summary: Summariser, maxRowChars: number) {
  const bad = (row: number, reason: string, excerpt: string) => summary.addError({ row, reason, excerpt });
  switch (format) {
    case "audit-csv": {
      let columns: Map<AuditColumn, number> | null = null;
      let width = 0;
      return createCsvReader(
        {
          onRow(fields, line) {
            if (!columns) {
              const names = fields.map((name) =>
                name
                  .trim()
                  .replace(/^\uFEFF/, "")
                  .toLowerCase(),
              );
              columns = new Map(auditColumns.map((column) => [column, names.indexOf(column)]));
              width = fields.length;
              return;
            }
            if (fields.length !== width) {
              bad(line, `has ${fields.length} fields; the header has ${width}`, excerptOf(fields.join(",")));
              return;
            }
            const record = Object.fromEntries(
              auditColumns.map((column) => [column, fields[columns!.get(column)!] ?? ""]),
            );
            const parsed = auditRowSchema.safeParse(record);
            if (parsed.success) summary.addEvent(eventFromAuditRow(parsed.data, line));
            else bad(line, describeIssues(parsed.error), excerptOf(fields.join(",")));
          },
          onBadRow: bad,
        },
        maxRowChars,
      );
    }
    case "activity-jsonl":
      return createLineReader(
        {
          onLine(text, line) {
            const json = parseJson(text);
            if ("error" in json) return bad(line, json.error, excerptOf(text));
            const envelope = feedEnvelopeSchema.safeParse(json.value);
            if (!envelope.success) return addActivity(summary, json.value, line, text);
            // A whole response on one line: each of its activities counts as a row of that line.
            summary.addEnvelope(envelope.data.has_more ?? null);
            for (const item of envelope.data.data) addActivity(summary, item, line, JSON.stringify(item) ?? "");
          },
          onBadLine: bad,
        },
        maxRowChars,
      );
    case "activity-json":
      return createJsonStreamReader(
        {
          onRecord(text, item) {
            const json = parseJson(text);
            if ("error" in json) bad(item, json.error, excerptOf(text));
            else addActivity(summary, json.value, item, text);
          },
          onEnvelope(text) {
            const json = parseJson(text);
            const envelope = "value" in json ? feedEnvelopeSchema.safeParse(json.value) : null;
            summary.addEnvelope(envelope?.success ? (envelope.data.has_more ?? null) : null);
          },
          onBadRecord: bad,
          onFatal: (reason) => summary.setFatal(reason),
        },
        maxRowChars,
      );
    default: {
      const unreachable: never = format;
      throw new Error(`Unknown format ${String(unreachable)}`);
    }
  }
}

/** Starts reading one file. `known` lists the type names the catalogues explain. */
export function createDecodeSession(known: KnownTypes, options: DecodeOptions = {}): DecodeSession {
  const maxRowChars = options.maxRowChars ?? 1_000_000;
  const summary = createSummariser(known);
  let head: string[] = [];
  let headLength = 0;
  let detection: Detection | null = null;
  let reader: { push: (chunk: string) => void; end: () => void } | null = null;

  const decide = (complete: boolean) => {
    const text = head.join("");
    head = [];
    detection = detectFormat(text, complete);
    if (detection.kind === "empty" || detection.kind === "unknown") return;
    summary.setFormat(detection.kind);
    reader = readerFor(detection.kind, summary, maxRowChars);
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
