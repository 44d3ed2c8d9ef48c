import Link from "next/link";
import { FormattedDate } from "@/components/formatted-date";
import { claimPath } from "@/lib/site/claim-path";
import { claimById, sourceById } from "@/lib/model/lookups";
import { ReviewSentence } from "./review-state";

type Props = {
  ids: readonly string[];
  /** Gives each entry an in-page anchor, for links from elsewhere on the page; the entry takes focus when followed. */
  anchorOf?: (id: string) => string;
  /** Numbers the entries, for a page that refers to them by number. */
  numbered?: boolean;
};

/**
 * The claims behind a page or a report, each with its quotes, the pages quoted and the date it was verified.
 * Official pages and third-party ones are labelled, so nothing third-party passes as Anthropic's word.
 */
export function ClaimCitations({ ids, anchorOf, numbered = false }: Props) {
  const List = numbered ? "ol" : "ul";
  return (
    <List className={numbered ? "list-decimal space-y-3 pl-6" : "space-y-3"}>
      {ids.map((id) => {
        const claim = claimById(id);
        return (
          <li key={id} {...(anchorOf && { id: anchorOf(id), tabIndex: -1, className: "scroll-mt-6" })}>
            <p>
              {claim.statement}{" "}
              {/* Not fetched ahead: a long list would otherwise fetch a page for every claim scrolled past. */}
              <Link href={claimPath(id)} prefetch={false} className="text-sm whitespace-nowrap">
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
                <figure key={index} className="claim-quote">
                  {/* One string, not three: React would mark the joins in the HTML and list the parts in its data. */}
                  <blockquote>{`\u201c${citation.quote}\u201d`}</blockquote>
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
    </List>
  );
}
