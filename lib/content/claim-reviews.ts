/**
 * Each claim's review state, for any page or component, in the browser too. The data is generated from
 * the snapshots by `lib/sources/current-reviews.ts` at build time; see `lib/sources/review.ts` for what each state means.
 */
import generated from "@/content/sources/claim-reviews.json";
import type { ClaimReview } from "@/lib/sources/review";

export type { ClaimReview, ClaimReviewState } from "@/lib/sources/review";

const reviews = generated as Readonly<Record<string, ClaimReview>>;

/** A claim's review; a claim the generated file does not know yet counts as unchecked (quote-missing). */
export function claimReview(id: string): ClaimReview {
  return reviews[id] ?? { state: "quote-missing" };
}

/** True when the claim's quote is on the newest copy of an official page. */
export function isVerified(id: string): boolean {
  return claimReview(id).state === "verified";
}
