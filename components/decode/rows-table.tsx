import type { SampleRow } from "@/lib/decode/summary";

const cell = "border border-line px-2 py-1";

/** The first valid rows, as read, with their details cut short. */
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
  return (
    <section aria-labelledby="decode-rows-heading">
      <h3 id="decode-rows-heading" className="text-xl font-semibold">
        Valid rows{who ? ` for ${who}` : ""}
      </h3>
      <p className="mt-1 text-sm text-muted">
        {rows.length < total
          ? `The first ${rows.length.toLocaleString("en")} of ${total.toLocaleString("en")}, in file order.`
          : `All ${total.toLocaleString("en")}, in file order.`}
      </p>
      <div
        className="mt-2 max-h-[32rem] overflow-auto print:max-h-none"
        tabIndex={0}
        role="region"
        aria-label="Valid rows, scrollable"
      >
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className={cell}>
                {unit === "line" ? "Line" : "Item"}
              </th>
              <th scope="col" className={cell}>
                When
              </th>
              <th scope="col" className={cell}>
                Who
              </th>
              <th scope="col" className={cell}>
                Type
              </th>
              <th scope="col" className={cell}>
                IP address
              </th>
              <th scope="col" className={cell}>
                Details
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={`${row.row}-${index}`}>
                <td className={cell}>{row.row}</td>
                <td className={`${cell} font-mono whitespace-nowrap`}>{row.createdAt}</td>
                <td className={`${cell} break-all`}>{row.actor}</td>
                <td className={`${cell} font-mono break-all`}>{row.type}</td>
                <td className={`${cell} font-mono`}>{row.ipAddress ?? ""}</td>
                <td className={`${cell} font-mono text-xs break-all`}>{row.details}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
