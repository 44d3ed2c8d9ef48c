import { FormattedDate } from "@/components/formatted-date";
import { claimReview } from "@/lib/content/claim-reviews";

/**
 * Said next to a statement whose claim is not verified against the newest copy of an official page, so
 * no reader takes it for settled; nothing for a verified claim.
 */
export function ReviewMarker({ id }: { id: string }) {
  const review = claimReview(id);
  switch (review.state) {
    case "verified":
      return null;
    case "third-party":
      return <span className="text-xs whitespace-normal text-muted"> (third-party source)</span>;
    case "source-changed":
      return (
        <span className="text-xs whitespace-normal text-muted">
          {" "}
          (Anthropic&rsquo;s page has changed since; under review)
        </span>
      );
    case "quote-missing":
      return <span className="text-xs whitespace-normal text-muted"> (not yet checked against the page)</span>;
    default: {
      const unhandled: never = review;
      return unhandled;
    }
  }
}

/** One sentence on where a claim's quote stands against the stored copies of its page. */
export function ReviewSentence({ id }: { id: string }) {
  const review = claimReview(id);
  switch (review.state) {
    case "verified":
      return (
        <>
          Quote on the official page as of <FormattedDate iso={review.date} />.
        </>
      );
    case "third-party":
      return <>Only a third-party source says this; no official page checked here does.</>;
    case "source-changed":
      return (
        <>
          Anthropic&rsquo;s page has changed: the quote was on it on <FormattedDate iso={review.lastSeen} /> and is gone
          from the copy of <FormattedDate iso={review.goneSince} />. This claim is under review.
        </>
      );
    case "quote-missing":
      return <>The quote has not been found on a stored copy of its page yet.</>;
    default: {
      const unhandled: never = review;
      return unhandled;
    }
  }
}
