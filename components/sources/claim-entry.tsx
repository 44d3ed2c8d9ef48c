import { FormattedDate } from "@/components/formatted-date";
import type { Citation, Claim, Source } from "@/lib/model/content-schema";
import type { ClaimStatus } from "@/lib/model/freshness";
import { ReviewSentence } from "@/components/claims/review-state";
import { claimReview } from "@/lib/content/claim-reviews";
import { hrefFrom, sourcePath } from "@/lib/site/claim-path";
import { ClaimStatusBadge, ReviewBadge, SourceKindBadge } from "./badges";

type Props = {
  claim: Claim;
  status: ClaimStatus;
  /** Every source, to attribute each quote. */
  sources: ReadonlyMap<string, Source>;
  /** The part page it is on, so a link to a source on the same page is only its `#anchor`. */
  pagePath: string;
};

/** The quotes in order, those from the same source one after another under one attribution. */
export function quoteRuns(citations: readonly Citation[]): { source: string; quotes: string[] }[] {
  const runs: { source: string; quotes: string[] }[] = [];
  for (const citation of citations) {
    const last = runs.at(-1);
    if (last?.source === citation.source) last.quotes.push(citation.quote);
    else runs.push({ source: citation.source, quotes: [citation.quote] });
  }
  return runs;
}

/** Renders `backticked` parts of a quote as code, as the quoted page does. */
function QuoteText({ text }: { text: string }) {
  return text.split("`").map((part, index) =>
    index % 2 === 1 ? (
      <code key={index} className="wrap-anywhere">
        {part}
      </code>
    ) : (
      part
    ),
  );
}

/**
 * One claim in full, the only place it is: the statement, every quote with its attribution, its verified
 * date and any dispute. The other sources it quotes link here.
 */
export function ClaimEntry({ claim, status, sources, pagePath }: Props) {
  return (
    <li id={`claim-${claim.id}`} className="claim-entry">
      <p className="font-medium">
        {claim.statement}
        {status === "current" ? null : (
          <>
            {" "}
            <ClaimStatusBadge status={status} />
          </>
        )}{" "}
        <ReviewBadge state={claimReview(claim.id).state} />
      </p>
      {claim.dispute ? (
        <p className="mt-2 text-sm">
          <strong>Official pages disagree.</strong> Both quotes are below. How this site resolves it:{" "}
          {claim.dispute.resolution}
        </p>
      ) : null}
      {quoteRuns(claim.citations).map((run, index) => {
        const source = sources.get(run.source);
        return (
          <figure key={index}>
            {run.quotes.map((quote, quoteIndex) => (
              <blockquote key={quoteIndex}>
                <p>
                  <QuoteText text={quote} />
                </p>
              </blockquote>
            ))}
            <figcaption>
              From <a href={hrefFrom(pagePath, sourcePath(run.source))}>{source?.title ?? run.source}</a>
              {source ? `, ${source.publisher} ` : " "}
              {source ? <SourceKindBadge kind={source.kind} /> : null}
            </figcaption>
          </figure>
        );
      })}
      {claim.note ? <p className="mt-3 text-sm text-muted">{claim.note}</p> : null}
      <p className="mt-3 text-sm text-muted">
        <ReviewSentence id={claim.id} /> Last reviewed <FormattedDate iso={claim.verified} />. Claim id:{" "}
        <code>{claim.id}</code>
      </p>
    </li>
  );
}
