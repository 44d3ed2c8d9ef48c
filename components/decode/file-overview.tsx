import type { FormatKind } from "@/lib/decode/event";
import type { DecodeSummary } from "@/lib/decode/summary";
import { formatLabels } from "@/lib/decode/vocabulary";
import { wholeNumber } from "@/lib/site/whole-number";

/** What was found in the file, how many rows fitted, and why reading stopped early if it did. */
export function FileOverview({ name, format, summary }: { name: string; format: FormatKind; summary: DecodeSummary }) {
  return (
    <div>
      <h2 id="decode-result-heading" className="text-2xl font-semibold">
        What {name} records
      </h2>
      <p className="mt-2">
        Found: <strong>{formatLabels[format]}</strong>.
        {summary.responses > 0 &&
          ` It holds ${wholeNumber(summary.responses)} response${summary.responses === 1 ? "" : "s"} of the feed${
            summary.hasMore ? "; the last one says more pages exist, which are not in this file" : ""
          }.`}
      </p>
      <Counts summary={summary} />
      {summary.fatal && (
        <p role="alert" className="mt-3 rounded-lg bg-possible-bg p-3 text-possible">
          {summary.fatal} Everything before that point is shown.
        </p>
      )}
    </div>
  );
}

function Counts({ summary }: { summary: DecodeSummary }) {
  const tiles: [string, number][] = [
    ["Rows read", summary.rowsRead],
    ["Valid rows", summary.validRows],
    ["Rows that did not fit", summary.invalidRows],
  ];
  return (
    <ul className="mt-4 grid max-w-xl grid-cols-3 gap-3 text-center">
      {tiles.map(([label, value]) => (
        <li key={label} className="rounded-lg bg-surface p-3">
          <span className="block text-sm text-muted">{label}</span>{" "}
          <span className="text-2xl font-semibold">{wholeNumber(value)}</span>
        </li>
      ))}
    </ul>
  );
}
