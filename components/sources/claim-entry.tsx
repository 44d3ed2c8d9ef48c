import { FormattedDate } from "@/components/formatted-date";
import type { Claim, Source } from "@/lib/model/content-schema";
import type { ClaimStatus } from "@/lib/model/freshness";
import { ReviewSentence } from "@/components/claims/review-state";
import { claimReview } from "@/lib/content/claim-reviews";
import { ClaimStatusBadge, ReviewBadge, SourceKindBadge } from "./badges";

type Props = {
  claim: Claim;
  status: ClaimStatus;
  /** Every source, to attribute each quote. */
  sources: ReadonlyMap<string, Source>;
  /** Set on the claim's first appearance only, so the page's anchors stay unique. */
  anchor: boolean;
};

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

/** One claim: the statement, every quote with its attribution, its verified date and any dispute. */
export function ClaimEntry({ claim, status, sources, anchor }: Props) {
  return (
    <li id={anchor ? `claim-${claim.id}` : undefined} className="scroll-mt-4 rounded border border-line bg-bg p-4">
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
      {claim.citations.map((citation, index) => {
        const source = sources.get(citation.source);
        return (
          <figure key={`${citation.source}-${index}`} className="mt-3">
            <blockquote className="border-l-4 border-line pl-3 italic">
              <p>
                <QuoteText text={citation.quote} />
              </p>
            </blockquote>
            <figcaption className="mt-1 text-sm text-muted">
              From <a href={`#source-${citation.source}`}>{source?.title ?? citation.source}</a>
              {source ? <>, {source.publisher} </> : " "}
              {source ? <SourceKindBadge kind={source.kind} /> : null}
            </figcaption>
          </figure>
        );
      })}
      {claim.note ? <p className="mt-3 text-sm text-muted">{claim.note}</p> : null}
      <p className="mt-3 text-sm text-muted">
        <ReviewSentence id={claim.id} /> Last reviewed <FormattedDate iso={claim.verified} />. Claim id:{" "}
        <code>{claim.id}</code>
        {anchor ? null : (
          <>
            {" "}
            (<a href={`#claim-${claim.id}`}>first listed above</a>)
          </>
        )}
      </p>
    </li>
  );
}
