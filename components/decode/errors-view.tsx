import { Table, TableCell, TableHeader } from "@/components/ui/table";
import type { DecodeSummary } from "@/lib/decode/summary";
import { wholeNumber } from "@/lib/site/whole-number";

/** Rows that did not fit: the first few in full, then counts by reason. The valid rows are shown regardless. */
export function ErrorsView({ summary }: { summary: DecodeSummary }) {
  if (summary.invalidRows === 0) return null;
  const unit = summary.rowUnit === "line" ? "Line" : "Item";
  return (
    <section aria-labelledby="decode-errors-heading">
      <h3 id="decode-errors-heading" className="text-xl font-semibold">
        Rows that did not fit: {wholeNumber(summary.invalidRows)}
      </h3>
      <p className="mt-1">
        These rows were counted but not read, for the reason given.{" "}
        {summary.validRows > 0 && "The valid rows are still shown below."}
      </p>
      {summary.errorReasons.length > 1 && (
        <ul className="mt-2 list-disc pl-6 text-sm">
          {summary.errorReasons.map((reason) => (
            <li key={reason.reason}>
              {wholeNumber(reason.count)}: {reason.reason}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3 overflow-x-auto">
        <Table>
          <caption className="mb-1 text-left text-sm text-muted">
            {summary.errors.length < summary.invalidRows
              ? `The first ${summary.errors.length}, in full`
              : "All of them, in full"}
          </caption>
          <TableHeader columns={[unit, "Reason", "Start of the row"]} />
          <tbody>
            {summary.errors.map((error, index) => (
              <tr key={`${error.row}-${index}`}>
                <TableCell>{error.row}</TableCell>
                <TableCell>{error.reason}</TableCell>
                <TableCell className="font-mono text-xs break-all">{error.excerpt}</TableCell>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </section>
  );
}
