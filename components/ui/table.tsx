/**
 * The bordered data table the decoder and the explainers' widgets share, so every cell has one look.
 * `roomy` cells have more padding, for tables read row by row.
 */
import type { ComponentProps } from "react";

type CellProps = { roomy?: boolean };

const join = (...classes: (string | undefined)[]) => classes.filter(Boolean).join(" ");
const cellClass = (roomy: boolean | undefined, className: string | undefined) =>
  join("border border-line", roomy ? "px-3 py-2" : "px-2 py-1", className);

export function Table({ className, ...props }: ComponentProps<"table">) {
  return <table {...props} className={join("w-full border-collapse text-left text-sm", className)} />;
}

/** A header cell; a column header unless `scope` says otherwise. */
export function TableHead({ roomy, className, scope = "col", ...props }: ComponentProps<"th"> & CellProps) {
  return <th {...props} scope={scope} className={cellClass(roomy, className)} />;
}

export function TableCell({ roomy, className, ...props }: ComponentProps<"td"> & CellProps) {
  return <td {...props} className={cellClass(roomy, className)} />;
}

/** A column heading, with classes for that column's header cell (say, `text-right` for counts). */
export type Column = string | { label: string; className: string };

/** The header row: one column header per entry, in order. */
export function TableHeader({ columns, roomy }: { columns: readonly Column[]; roomy?: boolean }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => {
          const { label, className } = typeof column === "string" ? { label: column, className: undefined } : column;
          return (
            <TableHead key={label} roomy={roomy} className={className}>
              {label}
            </TableHead>
          );
        })}
      </tr>
    </thead>
  );
}
