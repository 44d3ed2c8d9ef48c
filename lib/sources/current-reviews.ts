/**
 * The review state of every claim in the current model, read from the snapshot folder. Build scripts
 * and tests only: it reads the file system. The site reads the same states from the generated
 * `content/sources/claim-reviews.json`, which `npm run build` rewrites and a unit test keeps in step.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { authoredModel } from "@/lib/content/model";
import { firmVerdictsOnUnverifiedClaims, reviewClaims, type ClaimReview } from "./review";
import { readSnapshots } from "./snapshot-store";

export const claimReviewsFile = join(process.cwd(), "content", "sources", "claim-reviews.json");

/** Every claim's review, derived from the stored snapshots. */
export function currentClaimReviews(): Record<string, ClaimReview> {
  return reviewClaims(authoredModel, readSnapshots());
}

/** The generated file's text for a set of reviews: sorted by claim id, one claim per line block. */
export function claimReviewsJson(reviews: Readonly<Record<string, ClaimReview>>): string {
  const sorted = Object.fromEntries(Object.entries(reviews).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/**
 * Writes the generated file and returns the reviews with the problems that must stop a build: firm
 * verdicts resting on claims whose quotes are gone or missing.
 */
export function writeClaimReviews(): { reviews: Record<string, ClaimReview>; problems: string[] } {
  const reviews = currentClaimReviews();
  writeFileSync(claimReviewsFile, claimReviewsJson(reviews));
  return { reviews, problems: firmVerdictsOnUnverifiedClaims(authoredModel.rules, reviews) };
}
