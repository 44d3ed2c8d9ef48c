import { FormattedDate } from "@/components/formatted-date";
import type { Claim, Source } from "@/lib/model/content-schema";
import type { ClaimStatus } from "@/lib/model/freshness";
import { SourceKindBadge } from "./badges";
import { ClaimEntry } from "./claim-entry";

type Props = {
  source: Source;
  /** The stored copies of the source's page, oldest first. */
  copies: readonly { captured: string; coverage: "full" | "excerpt" }[];
  claims: readonly Claim[];
  sources: ReadonlyMap<string, Source>;
  statusOf: (claim: Claim) => ClaimStatus;
  /** Whether this is the claim's first appearance on the page (which carries its anchor). */
  isFirstAppearance: (claim: Claim, source: Source) => boolean;
};

/** One source: what it is, where it lives, when it was checked, and every claim that cites it. */
export function SourceSection({ source, copies, claims, sources, statusOf, isFirstAppearance }: Props) {
  const headingId = `source-${source.id}-title`;
  return (
    <section
      id={`source-${source.id}`}
      aria-labelledby={headingId}
      className="scroll-mt-4 mt-8 rounded border border-line bg-surface p-4 sm:p-6"
    >
      <h4 id={headingId} className="text-lg font-semibold">
        {source.title}
      </h4>
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
      <ul className="mt-2 space-y-3">
        {claims.map((claim) => (
          <ClaimEntry
            key={claim.id}
            claim={claim}
            status={statusOf(claim)}
            sources={sources}
            anchor={isFirstAppearance(claim, source)}
          />
        ))}
      </ul>
    </section>
  );
}
