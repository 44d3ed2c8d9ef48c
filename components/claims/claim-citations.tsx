import Link from "next/link";
import { FormattedDate } from "@/components/formatted-date";
import { claimPath } from "@/lib/site/claim-path";
import { claimById, sourceById } from "@/lib/model/lookups";
import { ReviewSentence } from "./review-state";

/**
 * The claims behind a verdict, each with its quotes, the pages quoted and the date it was verified.
 * Official pages and third-party ones are labelled, so nothing third-party passes as Anthropic's word.
 */
export function ClaimCitations({ ids }: { ids: readonly string[] }) {
  return (
    <ul className="space-y-3">
      {ids.map((id) => {
        const claim = claimById(id);
        return (
          <li key={id}>
            <p>
              {claim.statement}{" "}
              <Link href={claimPath(id)} className="text-sm whitespace-nowrap">
                About this claim
              </Link>
            </p>
            {claim.dispute && (
              <p className="mt-1 text-sm">
                <strong>Anthropic&rsquo;s pages disagree here.</strong> {claim.dispute.resolution}
              </p>
            )}
            {claim.citations.map((citation, index) => {
              const source = sourceById(citation.source);
              return (
                <figure key={index} className="mt-1 border-l-4 border-line pl-3 text-sm">
                  <blockquote>&ldquo;{citation.quote}&rdquo;</blockquote>
                  <figcaption className="text-muted">
                    <a href={source.url}>{source.title}</a>
                    {source.kind === "third-party" ? " (third-party source, not Anthropic)" : ` (${source.publisher})`}
                  </figcaption>
                </figure>
              );
            })}
            <p className="mt-1 text-sm text-muted">
              <ReviewSentence id={id} /> Last reviewed <FormattedDate iso={claim.verified} />.
            </p>
          </li>
        );
      })}
    </ul>
  );
}
