import { FormattedDate } from "@/components/formatted-date";
import type { Claim, Source } from "@/lib/model/content-schema";
import type { ClaimStatus } from "@/lib/model/freshness";
import { SourceKindBadge } from "./badges";
import { ClaimEntry } from "./claim-entry";
import { ClaimPointers } from "./claim-pointers";
import { homeSourceId } from "@/lib/site/claim-path";

type Props = {
  source: Source;
  /** The stored copies of the source's page, oldest first. */
  copies: readonly { captured: string; coverage: "full" | "excerpt" }[];
  /** Every claim that quotes it, in claim order. */
  claims: readonly Claim[];
  sources: ReadonlyMap<string, Source>;
  statusOf: (claim: Claim) => ClaimStatus;
  /** The part page it is on. */
  pagePath: string;
};

/**
 * One source: what it is, where it lives, when it was checked, and every claim that quotes it: in full the
 * claims that quote it first, and a link to each of the others where it is listed in full.
 */
export function SourceSection({ source, copies, claims, sources, statusOf, pagePath }: Props) {
  const headingId = `source-${source.id}-title`;
  const listedHere = claims.filter((claim) => homeSourceId(claim) === source.id);
  const listedElsewhere = claims.filter((claim) => homeSourceId(claim) !== source.id);
  return (
    <section
      id={`source-${source.id}`}
      aria-labelledby={headingId}
      className="scroll-mt-4 mt-8 rounded border border-line bg-surface p-4 sm:p-6"
    >
      <h2 id={headingId} className="text-xl font-semibold">
        {source.title}
      </h2>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">Publisher</dt>
        <dd>
          {source.publisher} <SourceKindBadge kind={source.kind} />
        </dd>
        <dt className="text-muted">Address</dt>
        <dd className="break-all">
          <a href={source.url}>{source.url}</a>
        </dd>
        {source.readFrom ? (
          <>
            <dt className="text-muted">Read from</dt>
            <dd className="break-all">{source.readFrom}</dd>
          </>
        ) : null}
        {copies.length > 0 ? (
          <>
            <dt className="text-muted">Stored copies</dt>
            <dd>
              {copies.map((copy, index) => (
                <span key={copy.captured}>
                  {index > 0 ? ", " : null}
                  <FormattedDate iso={copy.captured} />
                  {copy.coverage === "excerpt" ? " (part of the page)" : null}
                </span>
              ))}
            </dd>
          </>
        ) : null}
        <dt className="text-muted">Last checked</dt>
        <dd>
          <FormattedDate iso={source.lastChecked} />
        </dd>
      </dl>
      {source.note ? <p className="mt-2 text-sm">{source.note}</p> : null}
      <p className="mt-4 font-semibold">
        {claims.length === 1 ? "1 claim rests on this source:" : `${claims.length} claims rest on this source:`}
      </p>
      {listedHere.length > 0 ? (
        <ul className="mt-2 space-y-3">
          {listedHere.map((claim) => (
            <ClaimEntry key={claim.id} claim={claim} status={statusOf(claim)} sources={sources} pagePath={pagePath} />
          ))}
        </ul>
      ) : null}
      <ClaimPointers claims={listedElsewhere} sources={sources} pagePath={pagePath} />
    </section>
  );
}
