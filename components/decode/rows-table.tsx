import type { ReactNode } from "react";
import type { SampleRow } from "@/lib/decode/summary";
import { wholeNumber } from "@/lib/site/whole-number";
import { Identifier } from "./identifier";

/**
 * Cells are table cells from the `sm` breakpoint up; below it each row is a card of label and value
 * pairs, since six columns cannot fit a phone. The explicit roles keep the table a table for screen
 * readers whatever its CSS display.
 */
const cell = "border-line py-0.5 sm:table-cell sm:border sm:px-2 sm:py-1";

/** One value with its column's name before it on a phone; on wider screens the column header says it. */
function Cell({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <td role="cell" className={`${cell} grid grid-cols-[5.5rem_1fr] gap-x-2 sm:table-cell ${className}`}>
      <span aria-hidden="true" className="font-sans text-sm font-semibold sm:hidden">
        {label}
      </span>
      <span className="min-w-0">{children}</span>
    </td>
  );
}

/**
 * The first valid rows, as read, with their details cut short. From `lg` up, who and what stay on one
 * line each and the details take the rest, since otherwise their long text would take the width.
 */
export function RowsTable({
  rows,
  total,
  unit,
  who,
}: {
  rows: readonly SampleRow[];
  total: number;
  unit: "line" | "item";
  who: string | null;
}) {
  const position = unit === "line" ? "Line" : "Item";
  return (
    <section aria-labelledby="decode-rows-heading">
      <h3 id="decode-rows-heading" className="text-xl font-semibold">
        Valid rows{who ? ` for ${who}` : ""}
      </h3>
      <p className="mt-1 text-sm text-muted">
        {rows.length < total
          ? `The first ${wholeNumber(rows.length)} of ${wholeNumber(total)}, in file order.`
          : `All ${wholeNumber(total)}, in file order.`}
      </p>
      <div
        className="mt-2 max-h-[32rem] overflow-auto print:max-h-none"
        tabIndex={0}
        role="region"
        aria-label="Valid rows, scrollable"
      >
        <table role="table" className="block w-full border-collapse text-left text-sm sm:table">
          <thead role="rowgroup" className="max-sm:sr-only sm:table-header-group">
            <tr role="row">
              {[position, "When", "Who", "Type", "IP address", "Details"].map((heading) => (
                <th key={heading} role="columnheader" scope="col" className={`block ${cell}`}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup" className="block sm:table-row-group">
            {rows.map((row, index) => (
              <tr
                key={`${row.row}-${index}`}
                role="row"
                className="block border-b border-line py-2 first:border-t sm:table-row sm:border-0 sm:py-0"
              >
                <Cell label={position}>{row.row}</Cell>
                <Cell label="When" className="font-mono sm:whitespace-nowrap">
                  {row.createdAt}
                </Cell>
                <Cell label="Who" className="wrap-anywhere lg:whitespace-nowrap">
                  {row.actor}
                </Cell>
                <Cell label="Type" className="font-mono lg:whitespace-nowrap">
                  <Identifier text={row.type} />
                </Cell>
                <Cell label="IP address" className="font-mono">
                  {row.ipAddress ?? ""}
                </Cell>
                <Cell label="Details" className="font-mono text-xs wrap-anywhere">
                  {row.details}
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
