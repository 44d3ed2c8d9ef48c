import { granularityFor, timeline } from "@/lib/decode/timeline";
import type { DayCount } from "@/lib/decode/summary";
import { wholeNumber } from "@/lib/site/whole-number";

/** Events per day, week or month, as a table with a bar in each row (the numbers carry the meaning). */
export function TimelineView({ days, who }: { days: readonly DayCount[]; who: string | null }) {
  const granularity = granularityFor(days);
  const periods = timeline(days, granularity);
  const max = Math.max(1, ...periods.map((period) => period.count));
  return (
    <section aria-labelledby="decode-timeline-heading">
      <h3 id="decode-timeline-heading" className="text-xl font-semibold">
        Timeline{who ? ` for ${who}` : ""}
      </h3>
      <p className="mt-1 text-sm text-muted">Rows per {granularity}, by the time in UTC.</p>
      <table className="mt-3 w-full max-w-2xl border-collapse text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className="w-40 py-1 pr-3">
              {granularity === "day" ? "Day" : granularity === "week" ? "Week" : "Month"}
            </th>
            <th scope="col" className="w-16 py-1 pr-3 text-right">
              Rows
            </th>
            <th scope="col" className="py-1">
              <span className="sr-only">Bar</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => (
            <tr key={period.label}>
              <th scope="row" className="py-0.5 pr-3 font-mono font-normal whitespace-nowrap">
                {period.label}
              </th>
              <td className="py-0.5 pr-3 text-right">{wholeNumber(period.count)}</td>
              <td className="py-0.5" aria-hidden="true">
                <div
                  className="h-3 rounded-sm bg-accent print:border print:border-fg"
                  style={{ width: `${(period.count / max) * 100}%` }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
