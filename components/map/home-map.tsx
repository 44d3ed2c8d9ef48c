import Link from "next/link";
import { ClaimLinks } from "@/components/claims/claim-links";
import { NoteText } from "@/components/claims/note-text";
import { audienceShortLabels } from "@/content/check/labels";
import { mapAxes, visibilityMap } from "@/lib/map/visibility-map";
import { onboardingNotes } from "@/lib/content/one-pager";
import { onboardingReportPath } from "@/lib/onboarding/columns";
import { onboardingColumns } from "@/lib/content/one-pager";
import { typicalUseWords } from "@/lib/content/one-pager";
import type { OrgEdition } from "@/lib/profile/org-edition";
import { MapInWords } from "./map-in-words";
import { MapLegend } from "./map-legend";
import { VisibilityMapSvg } from "./visibility-map-svg";

/**
 * The home page's map of who can see what: the engine's verdicts for typical use of each plan the
 * one-pager covers (the organization's plan with its statements, or Team and Enterprise with nothing
 * known), drawn at build time. Each map has its words in a table beside it and its full report a link away.
 */
export function HomeMap({ org }: { org?: OrgEdition }) {
  const columns = onboardingColumns(org);
  const reports = columns.map((column) => column.report);
  const axes = mapAxes(reports, audienceShortLabels);
  const use = typicalUseWords(columns.map((column) => column.plan));
  // The model words this caveat for a report; the map says it in its own sentence, with the same sources.
  const notes = onboardingNotes(reports);
  const toolsOnly = notes.find((note) => note.id === "anthropic-tools-only");
  return (
    <section aria-labelledby="map-heading" className="mt-10">
      <h2 id="map-heading" className="scroll-mt-6 text-2xl font-semibold">
        Who can see what, at a glance
      </h2>
      <p className="mt-2 max-w-prose">
        For typical use: {use.surfaces}
        {use.behaviours && <>, with {use.behaviours} in the apps</>}.{" "}
        {org
          ? `With the settings ${org.name} states; any it does not state are unknown.`
          : "Every organization setting is unknown here, so an answer that depends on one is \u201cpossible\u201d."}{" "}
        Each mark is one verdict of the <Link href="/check/">check</Link>, for one kind of data and one audience.
        {toolsOnly && (
          <>
            {" "}
            The map covers what Anthropic&rsquo;s tools show; what your organization&rsquo;s own systems record is up to
            your organization.
            <ClaimLinks ids={toolsOnly.claims} />
          </>
        )}
      </p>
      {/* The key comes first on a narrow screen; on a wide one it stands to the right of the maps, notes below it. */}
      <div className="mt-6 grid gap-8 xl:grid-cols-[auto_minmax(0,18rem)] xl:grid-rows-[auto_1fr] xl:gap-x-10">
        <div className="xl:col-start-2 xl:row-start-1">
          <MapLegend />
        </div>
        <div className="flex flex-wrap items-start gap-x-10 gap-y-8 xl:col-start-1 xl:row-span-2 xl:row-start-1">
          {columns.map((column) => {
            const map = visibilityMap(column.report, axes);
            const name = org ? `${org.name} (${column.planLabel})` : column.planLabel;
            return (
              <figure key={column.plan} aria-labelledby={`map-${column.plan}-title`} className="max-w-full">
                <figcaption id={`map-${column.plan}-title`} className="mb-2 text-lg font-semibold">
                  {org ? `At ${name}` : name}
                </figcaption>
                <VisibilityMapSvg
                  map={map}
                  label={`Who can see what on the ${column.planLabel}, typical use. The same in words follows the map.`}
                />
                <details className="mt-2 max-w-[26rem]">
                  <summary className="cursor-pointer text-sm font-semibold">
                    The {column.planLabel} map in words
                  </summary>
                  <MapInWords map={map} caption={`${name}, typical use.`} />
                </details>
                <p className="mt-2 text-sm">
                  <Link href={onboardingReportPath(column.plan)}>
                    The {column.planLabel} report, with every reason and source
                  </Link>
                </p>
              </figure>
            );
          })}
        </div>
        <ul className="space-y-2 text-sm text-muted xl:col-start-2">
          {notes
            .filter((note) => note !== toolsOnly)
            .map((note) => (
              <li key={note.id}>
                <NoteText note={note} />
              </li>
            ))}
        </ul>
      </div>
    </section>
  );
}
