/**
 * Which quotes a new copy of a page loses. A quote "vanished" when it was verified before the refresh
 * (review.ts: on the newest full copy, or a newer excerpt) and the new full copy lacks it: its claim
 * needs review. A quote that was not verified before and is still not on the page is listed apart, so
 * the editor sees it, but it is not news.
 */
import { nearestPassage, normaliseText, quoteFound } from "../quotes";
import { reviewQuote } from "../review";
import type { Snapshot } from "../snapshot-file";
import type { PageCitation } from "./targets";

type History = readonly Pick<Snapshot, "captured" | "coverage" | "text" | "gone">[];

/** A quote the new copy lacks, with the passage of the new copy most like it. */
export type MissingQuote = PageCitation & {
  page: string;
  /** "vanished": verified before this refresh; otherwise the quote's state before it. */
  before: "vanished" | "source-changed" | "quote-missing";
  nearest: string;
};

/** The quotes on a page that the new text lacks, in the order given. */
export function missingQuotes(
  page: string,
  citations: readonly PageCitation[],
  history: History,
  newText: string,
): MissingQuote[] {
  const normalised = normaliseText(newText);
  return citations.flatMap((citation) => {
    if (quoteFound(citation.quote, normalised)) return [];
    const state = reviewQuote(citation.quote, history).state;
    const before = state === "verified" ? "vanished" : state === "third-party" ? "quote-missing" : state;
    return [{ ...citation, page, before, nearest: nearestPassage(citation.quote, normalised) }];
  });
}
