import { useMemo, useState } from "react";
import type { AccessClaimPaths, CatalogueEntry } from "@/lib/decode/catalogue-entry";
import type { DecodeResult } from "@/lib/decode/session";
import { actorByKey, catalogueIndex, typeRows } from "@/lib/decode/view";
import { AccessView } from "./access-view";
import { ActorPicker } from "./actor-picker";
import { Downloads } from "./downloads";
import { ErrorsView } from "./errors-view";
import { FileOverview } from "./file-overview";
import { HighlightsView } from "./highlights-view";
import { PersonView } from "./person-view";
import { RowsTable } from "./rows-table";
import { TimelineView } from "./timeline-view";
import { TypesTable } from "./types-table";

/** Everything the page says about one file. */
export function ResultsView({
  name,
  result,
  catalogue,
  accessClaims,
}: {
  name: string;
  result: DecodeResult;
  catalogue: CatalogueEntry[];
  accessClaims: AccessClaimPaths;
}) {
  const { detection, summary } = result;
  const entries = useMemo(() => catalogueIndex(catalogue), [catalogue]);
  const [actorKey, setActorKey] = useState("");
  const actor = actorByKey(summary, actorKey);

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
      <FileOverview name={name} format={detection.kind} summary={summary} />
      <ErrorsView summary={summary} />
      {summary.validRows > 0 && (
        <>
          <ActorPicker actors={summary.actors} value={actorKey} onChange={setActorKey} />
          {actor && <PersonView actor={actor} entries={entries} summary={summary} />}
          <TypesTable
            heading={actor ? `Events by type for ${actor.key}` : "Events by type"}
            types={typeRows(summary, actor)}
            entries={entries}
          />
          <TimelineView days={actor ? actor.days : summary.days} who={actor?.key ?? null} />
          <HighlightsView summary={summary} actor={actor?.key ?? null} />
          <AccessView access={summary.access} claims={accessClaims} />
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
