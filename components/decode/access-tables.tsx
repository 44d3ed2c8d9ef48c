import { Table, TableCell, TableHeader } from "@/components/ui/table";
import type { AccessSummary } from "@/lib/decode/summary";
import { reasonMeaning } from "@/lib/decode/view";
import { reasonCodes } from "@/lib/decode/vocabulary";
import { wholeNumber } from "@/lib/site/whole-number";
import { Identifier } from "./identifier";

const countColumn = { label: "Count", className: "text-right" };

/** Access Transparency events by reason code, each documented code with its meaning. */
export function ByReasonTable({ byReason }: { byReason: AccessSummary["byReason"] }) {
  return (
    <Table>
      <caption className="mb-1 text-left font-semibold">By reason code</caption>
      <TableHeader columns={["Event", "Reason code", countColumn]} />
      <tbody>
        {byReason.map((entry) => {
          const meaning = reasonMeaning(entry.reasonCode);
          return (
            <tr key={`${entry.type}:${entry.reasonCode}`}>
              <TableCell className="font-mono">
                <Identifier text={entry.type} />
              </TableCell>
              <TableCell>
                <code>
                  <Identifier text={entry.reasonCode} />
                </code>{" "}
                {meaning ? `(${meaning})` : <strong>(not one of the {reasonCodes.length} documented codes)</strong>}
              </TableCell>
              <TableCell className="text-right">{wholeNumber(entry.count)}</TableCell>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

/** Access Transparency events by the Anthropic department the event names. */
export function ByDepartmentTable({ byDepartment }: { byDepartment: AccessSummary["byDepartment"] }) {
  return (
    <Table>
      <caption className="mb-1 text-left font-semibold">By department</caption>
      <TableHeader columns={["Event", "Department", countColumn]} />
      <tbody>
        {byDepartment.map((entry) => (
          <tr key={`${entry.type}:${entry.department}`}>
            <TableCell className="font-mono">
              <Identifier text={entry.type} />
            </TableCell>
            <TableCell>{entry.department}</TableCell>
            <TableCell className="text-right">{wholeNumber(entry.count)}</TableCell>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
