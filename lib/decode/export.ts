/**
 * The summary a person can download: JSON (everything the page shows) and CSV (one line per figure,
 * for a spreadsheet). Built in the browser and saved through a Blob URL; nothing is sent anywhere.
 */
import type { DecodeResult } from "./session";

export type ExportMeta = {
  fileName: string;
  /** When the summary was made, ISO 8601. */
  madeAt: string;
  /** Meaning of each type found, or null when it is not in the catalogue; keyed `source:type`. */
  meanings: Record<string, string | null>;
};

/** The summary as pretty-printed JSON. */
export function summaryJson({ detection, summary }: DecodeResult, meta: ExportMeta): string {
  return `${JSON.stringify(
    {
      madeWith: "What can my employer see? Decoder (read in the browser; nothing was uploaded)",
      file: meta.fileName,
      madeAt: meta.madeAt,
      format: detection,
      meanings: meta.meanings,
      summary,
    },
    null,
    2,
  )}\n`;
}

/** One CSV field: quoted when needed, and guarded so a spreadsheet never runs it as a formula. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The summary as CSV with the columns section, item, count, detail. */
export function summaryCsv({ detection, summary }: DecodeResult, meta: ExportMeta): string {
  const rows: (string | number | boolean | null)[][] = [["section", "item", "count", "detail"]];
  rows.push(["file", meta.fileName, null, detection.kind]);
  rows.push(["rows", "read", summary.rowsRead, null]);
  rows.push(["rows", "valid", summary.validRows, null]);
  rows.push(["rows", "did not fit", summary.invalidRows, summary.fatal]);
  for (const reason of summary.errorReasons) rows.push(["row problems", reason.reason, reason.count, null]);
  for (const type of summary.types) {
    const meaning = meta.meanings[`${type.source}:${type.type}`];
    rows.push(["types", type.type, type.count, meaning ?? "not in our catalogue"]);
  }
  for (const day of summary.days) rows.push(["days", day.day, day.count, null]);
  for (const actor of summary.actors) rows.push(["people", actor.key, actor.count, `${actor.first} to ${actor.last}`]);
  for (const [kind, count] of Object.entries(summary.highlightCounts)) rows.push(["highlights", kind, count, null]);
  for (const item of summary.highlights) {
    const detail = item.kind === "export" ? `started by Anthropic: ${item.byAnthropic ?? "not stated"}` : item.value;
    rows.push([`highlight: ${item.kind}`, `${item.createdAt} ${item.actor}`, null, detail]);
  }
  for (const reason of summary.access.byReason)
    rows.push([`${reason.type} by reason`, reason.reasonCode, reason.count, null]);
  for (const dept of summary.access.byDepartment)
    rows.push([`${dept.type} by department`, dept.department, dept.count, null]);
  for (const event of summary.access.preservationsWithoutAccess)
    rows.push(["preservation with no earlier access", event.id ?? String(event.row), null, event.resourceId]);
  return `${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
