/**
 * `npm run sources:review`: rewrites content/sources/claim-reviews.json from the snapshots and lists the
 * claims that are not verified. Exits non-zero when a firm verdict rests on a claim whose quote is gone.
 */
import { writeClaimReviews } from "@/lib/sources/current-reviews";

const written = writeClaimReviews();
const problems = written.problems;
const reviews = Object.entries(written.reviews);
for (const state of ["quote-missing", "source-changed", "third-party"] as const) {
  const ids = reviews.filter(([, review]) => review.state === state).map(([id]) => id);
  if (ids.length > 0) console.log(`${state} (${ids.length}): ${ids.join(", ")}`);
}
console.log(
  `verified: ${reviews.filter(([, review]) => review.state === "verified").length} of ${reviews.length} claims`,
);
for (const problem of problems) console.error(problem);
process.exit(problems.length > 0 ? 1 : 0);
