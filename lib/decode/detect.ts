import type { FormatKind } from "./event";
import { auditColumns } from "./vocabulary";

export { formatLabels } from "./vocabulary";

/** What the start of a file looks like. */
export type Detection = { kind: FormatKind } | { kind: "empty" } | { kind: "unknown"; reason: string };

/** How many characters detection needs to see before it decides. */
export const DETECT_CHARS = 64 * 1024;

/** Splits one CSV line into fields, enough to read a header. */
function headerFields(line: string): string[] {
  return line.split(",").map((field) => field.trim().replace(/^"|"$/g, "").toLowerCase());
}

/**
 * Decides the format from the start of the text (at least `DETECT_CHARS` characters, or the whole text
 * when shorter; `complete` says which). A CSV whose header has the nine documented columns is an audit log;
 * text starting with `{` or `[` is Activity Feed JSON, read as JSON Lines when its first line is one whole
 * activity. Anything else is named for what it seems to be, so the page can say why it was not read.
 */
export function detectFormat(head: string, complete: boolean): Detection {
  const text = head.replace(/^\uFEFF/, "");
  if (text.trim() === "") return { kind: "empty" };
  if (text.startsWith("PK\u0003\u0004"))
    return {
      kind: "unknown",
      reason:
        "This is a ZIP archive, perhaps an organization data export. Unzip it first: this page reads the audit-log CSV and Activity Feed JSON, not the data export's files.",
    };
  if (/[\u0000-\u0008\u000E-\u001A]/.test(text.slice(0, 4096)))
    return {
      kind: "unknown",
      reason: "This looks like a binary file, not text, so it cannot be an audit log or Activity Feed.",
    };

  const start = text.trimStart();
  const firstLineEnd = start.indexOf("\n");
  const firstLine = (firstLineEnd === -1 ? start : start.slice(0, firstLineEnd)).trim();
  if (start.startsWith("{") || start.startsWith("[")) {
    if (start.startsWith("[") || (firstLineEnd === -1 && !complete)) return { kind: "activity-json" };
    try {
      const value = JSON.parse(firstLine) as unknown;
      if (typeof value !== "object" || value === null) return { kind: "activity-json" };
      // A one-line response is read by the JSON reader, which also handles several of them.
      return Array.isArray((value as { data?: unknown }).data) ? { kind: "activity-json" } : { kind: "activity-jsonl" };
    } catch {
      return { kind: "activity-json" };
    }
  }

  const fields = headerFields(firstLine);
  if (fields.includes("created_at") || fields.includes("event")) {
    const missing = auditColumns.filter((column) => !fields.includes(column));
    if (missing.length === 0) return { kind: "audit-csv" };
    return {
      kind: "unknown",
      reason: `This is a CSV file, but not an audit-log export: its header lacks ${missing.join(", ")}.`,
    };
  }
  if (fields.length > 1)
    return {
      kind: "unknown",
      reason: `This looks like a CSV file with the columns ${fields.slice(0, 6).join(", ")}${fields.length > 6 ? "…" : ""}, not an audit-log export, which has the columns ${auditColumns.join(", ")}.`,
    };
  return {
    kind: "unknown",
    reason: "This is neither an audit-log export (CSV) nor Activity Feed JSON, so nothing was read.",
  };
}
