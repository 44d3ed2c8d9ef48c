/** Reads an audit-log CSV export: the header row names the columns, each later row becomes an event. */
import { createCsvReader } from "../csv";
import { auditRowSchema, describeIssues, eventFromAuditRow } from "../schemas";
import { auditColumns, type AuditColumn } from "../vocabulary";
import { badRow, excerptOf, type FormatReader, type RowSink } from "./rows";

const columnName = (name: string) =>
  name
    .trim()
    .replace(/^\uFEFF/, "")
    .toLowerCase();

export function createAuditCsvReader(sink: RowSink, maxRowChars: number): FormatReader {
  const bad = badRow(sink);
  let header: { columns: Map<AuditColumn, number>; width: number } | null = null;
  return createCsvReader(
    {
      onRow(fields, line) {
        if (!header) {
          const names = fields.map(columnName);
          header = {
            columns: new Map(auditColumns.map((column) => [column, names.indexOf(column)])),
            width: fields.length,
          };
          return;
        }
        const { columns, width } = header;
        if (fields.length !== width) {
          bad(line, `has ${fields.length} fields; the header has ${width}`, excerptOf(fields.join(",")));
          return;
        }
        const record = Object.fromEntries(
          auditColumns.map((column) => [column, fields[columns.get(column) ?? -1] ?? ""]),
        );
        const parsed = auditRowSchema.safeParse(record);
        if (parsed.success) sink.addEvent(eventFromAuditRow(parsed.data, line));
        else bad(line, describeIssues(parsed.error), excerptOf(fields.join(",")));
      },
      onBadRow: bad,
    },
    maxRowChars,
  );
}
