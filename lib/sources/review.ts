/**
 * Review state, derived from the snapshots and never set by hand: is each quote still on its page?
 *
 * - verified: the quote is in the page's newest full copy, or in an excerpt newer than it;
 * - source-changed: the quote was on an older copy of the page and is gone from the newest
 *   (or a newer excerpt names it as gone);
 * - quote-missing: no stored copy of the page has the quote (a typo, or a page never stored);
 * - third-party: the claim rests on no official page.
 */
import { normaliseText, quoteFound } from "./quotes";
import type { Snapshot } from "./snapshot-file";

export type CitationReview =
  | { state: "verified"; date: string }
  | { state: "source-changed"; lastSeen: string; goneSince: string }
  | { state: "quote-missing" }
  | { state: "third-party" };

export type ClaimReviewState = CitationReview["state"];

/** A claim's state with the dates a reader needs: when it was last seen on the page, when it went. */
export type ClaimReview =
  | { state: "verified"; date: string }
  | { state: "source-changed"; lastSeen: string; goneSince: string }
  | { state: "quote-missing" }
  | { state: "third-party" };

/** A page's stored copies, oldest first. */
export type History = readonly Pick<Snapshot, "captured" | "coverage" | "text" | "gone">[];

/** What a review needs of a claim and of a source. */
export type ReviewedClaim = {
  readonly id: string;
  readonly citations: readonly { readonly source: string; readonly quote: string }[];
};
export type ReviewedSource = {
  readonly id: string;
  readonly kind: "official" | "third-party";
  readonly snapshot?: string;
};

/** A passage named as gone matches the quote when one contains the other, once normalised. */
function namedGone(quote: string, gone: readonly string[]): boolean {
  const wanted = normaliseText(quote);
  return gone.some((passage) => {
    const normalised = normaliseText(passage);
    return normalised.includes(wanted) || wanted.includes(normalised);
  });
}

/** Where a quote stands in a page's history (oldest copy first). */
export function reviewQuote(quote: string, history: History): CitationReview {
  let goneSince: string | undefined;
  for (let index = history.length - 1; index >= 0; index--) {
    const copy = history[index]!;
    if (!goneSince && namedGone(quote, copy.gone)) {
      goneSince = copy.captured;
      continue;
    }
    if (quoteFound(quote, normaliseText(copy.text)))
      return goneSince
        ? { state: "source-changed", lastSeen: copy.captured, goneSince }
        : { state: "verified", date: copy.captured };
    // A full copy without the quote proves it gone from then on; an excerpt proves nothing.
    if (copy.coverage === "full") goneSince ??= copy.captured;
  }
  return { state: "quote-missing" };
}

/** Reviews every citation of a claim against the snapshots of its sources. */
export function reviewCitations(
  claim: Pick<ReviewedClaim, "citations">,
  sources: ReadonlyMap<string, ReviewedSource>,
  histories: ReadonlyMap<string, History>,
): CitationReview[] {
  return claim.citations.map((citation) => {
    const source = sources.get(citation.source);
    if (!source || source.kind === "third-party") return { state: "third-party" };
    return reviewQuote(citation.quote, (source.snapshot && histories.get(source.snapshot)) || []);
  });
}

/**
 * A claim's state: any official quote missing or gone outweighs the rest; otherwise it is verified when
 * an official quote is, dated by its oldest verified copy; a claim with no official quote is third-party.
 */
export function claimReviewOf(citations: readonly CitationReview[]): ClaimReview {
  const missing = citations.find((review) => review.state === "quote-missing");
  if (missing) return missing;
  const changed = citations.filter((review) => review.state === "source-changed");
  if (changed.length > 0)
    return changed.reduce((earliest, review) => (review.goneSince < earliest.goneSince ? review : earliest));
  const verified = citations.filter((review) => review.state === "verified");
  if (verified.length > 0) return verified.reduce((oldest, review) => (review.date < oldest.date ? review : oldest));
  return { state: "third-party" };
}

/** Every claim's review, by claim id. */
export function reviewClaims(
  model: {
    readonly claims: readonly ReviewedClaim[];
    readonly sources: readonly ReviewedSource[];
  },
  histories: ReadonlyMap<string, History>,
): Record<string, ClaimReview> {
  const sources = new Map(model.sources.map((source) => [source.id, source]));
  return Object.fromEntries(
    model.claims.map((claim) => [claim.id, claimReviewOf(reviewCitations(claim, sources, histories))]),
  );
}

/**
 * Rules that give a firm "yes" or "no" while resting on a claim whose page no longer says it (or never
 * did): the build refuses them, since a firm verdict must rest on what the page says now.
 */
export function firmVerdictsOnUnverifiedClaims(
  rules: readonly { id: string; verdict: string; claims: readonly string[] }[],
  reviews: Readonly<Record<string, ClaimReview>>,
): string[] {
  return rules.flatMap((rule) =>
    rule.verdict === "possible"
      ? []
      : rule.claims
          .filter((id) => reviews[id]?.state === "source-changed" || reviews[id]?.state === "quote-missing")
          .map(
            (id) =>
              `rule "${rule.id}" says "${rule.verdict}" but rests on claim "${id}", whose quote ${reviews[id]!.state === "quote-missing" ? "is on no stored copy of its page" : "is gone from the newest copy of its page"}: re-check the claim against the page, or make the rule "possible" with a question`,
          ),
  );
}
