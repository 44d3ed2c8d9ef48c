import { useId, useMemo, useState } from "react";
import { catalogueKey, type CatalogueEntry } from "@/lib/decode/catalogue-entry";
import { formatLabels } from "@/lib/decode/vocabulary";
import type { DecodeResult } from "@/lib/decode/session";
import type { DecodeSummary } from "@/lib/decode/summary";
import { AccessView } from "./access-view";
import { Downloads } from "./downloads";
import { ErrorsView } from "./errors-view";
import { HighlightsView } from "./highlights-view";
import { PersonView } from "./person-view";
import { RowsTable } from "./rows-table";
import { TimelineView } from "./timeline-view";
import { TypesTable } from "./types-table";

const n = (count: number) => count.toLocaleString("en");

/** Everything the page says about one file. */
export function ResultsView({
  name,
  result,
  catalogue,
}: {
  name: string;
  result: DecodeResult;
  catalogue: CatalogueEntry[];
}) {
  const { detection, summary } = result;
  const entries = useMemo(
    () => new Map(catalogue.map((entry) => [catalogueKey(entry.source, entry.id), entry])),
    [catalogue],
  );
  const [actorKey, setActorKey] = useState("");
  const selectId = useId();
  const actor = summary.actors.find((candidate) => candidate.key === actorKey) ?? null;

  if (detection.kind === "empty" || detection.kind === "unknown") {
    return (
      <section aria-labelledby="decode-result-heading" className="rounded-lg border border-line p-4">
        <h2 id="decode-result-heading" className="text-2xl font-semibold">
          {name} was not read
        </h2>
        <p className="mt-2">
          {detection.kind === "empty" ? "The file is empty: there is nothing to read." : detection.reason}
        </p>
      </section>
    );
  }

  return (
    // Tables take the width a wide screen offers; sentences keep a readable measure.
    <section aria-labelledby="decode-result-heading" className="space-y-10 [&_p]:max-w-[48rem]">
      <div>
        <h2 id="decode-result-heading" className="text-2xl font-semibold">
          What {name} records
        </h2>
        <p className="mt-2">
          Found: <strong>{formatLabels[detection.kind]}</strong>.
          {summary.responses > 0 &&
            ` It holds ${n(summary.responses)} response${summary.responses === 1 ? "" : "s"} of the feed${
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

      <ErrorsView summary={summary} />

      {summary.validRows > 0 && (
        <>
          <div className="no-print">
            <label htmlFor={selectId} className="block font-medium">
              Show what the file records about
            </label>
            <select
              id={selectId}
              value={actorKey}
              onChange={(event) => setActorKey(event.target.value)}
              className="mt-2 block w-full max-w-md rounded border border-line bg-bg p-2"
            >
              <option value="">Everyone ({n(summary.actors.length)} people or actors)</option>
              {summary.actors.map((candidate) => (
                <option key={candidate.key} value={candidate.key}>
                  {candidate.key} ({n(candidate.count)} rows)
                </option>
              ))}
            </select>
          </div>
          {actor && <PersonView actor={actor} entries={entries} summary={summary} />}
          <TypesTable
            heading={actor ? `Events by type for ${actor.key}` : "Events by type"}
            types={
              actor
                ? actor.types.map((t) => ({ ...summary.types.find((s) => s.type === t.type)!, count: t.count }))
                : summary.types
            }
            entries={entries}
          />
          <TimelineView days={actor ? actor.days : summary.days} who={actor?.key ?? null} />
          <HighlightsView summary={summary} actor={actor?.key ?? null} />
          <AccessView access={summary.access} />
          <RowsTable
            rows={actor ? actor.rows : summary.sample}
            total={actor ? actor.count : summary.validRows}
            unit={summary.rowUnit}
            who={actor?.key ?? null}
          />
        </>
      )}
      <Downloads name={name} result={result} entries={entries} />
    </section>
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
          <span className="text-2xl font-semibold">{n(value)}</span>
        </li>
      ))}
    </ul>
  );
}
