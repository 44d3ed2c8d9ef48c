/** How current a claim is: current, disputed, or due for a re-check. */
import type { Claim } from "./content-schema";

/** Claims older than this many days are flagged for re-checking, unless a caller says otherwise. */
export const DEFAULT_MAX_AGE_DAYS = 180;

export type ClaimStatus = "current" | "disputed" | "needs-recheck";

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** True when the claim was last verified more than `maxAgeDays` before `today`. */
export function isStale(
  claim: Pick<Claim, "verified">,
  today: string,
  maxAgeDays: number = DEFAULT_MAX_AGE_DAYS,
): boolean {
  return daysBetween(claim.verified, today) > maxAgeDays;
}

/**
 * A claim's status. A stale claim is "needs-recheck" even when disputed, because a re-check may settle
 * the dispute; pages still show a dispute from `claim.dispute` whatever the status.
 */
export function claimStatus(
  claim: Pick<Claim, "verified" | "dispute">,
  today: string,
  maxAgeDays: number = DEFAULT_MAX_AGE_DAYS,
): ClaimStatus {
  if (isStale(claim, today, maxAgeDays)) return "needs-recheck";
  return claim.dispute ? "disputed" : "current";
}

/**
 * Warns (at build time) about claims due for a re-check and returns their ids. The warning names every
 * claim so an editor knows what to verify.
 */
export function warnStaleClaims(
  claims: readonly Pick<Claim, "id" | "verified">[],
  today: string,
  maxAgeDays: number = DEFAULT_MAX_AGE_DAYS,
  warn: (message: string) => void = console.warn,
): string[] {
  const stale = claims.filter((claim) => isStale(claim, today, maxAgeDays)).map((claim) => claim.id);
  if (stale.length > 0) {
    warn(
      `${stale.length} claim(s) were last verified more than ${maxAgeDays} days before ${today} and need re-checking: ${stale.join(", ")}`,
    );
  }
  return stale;
}

/** Reads a maximum age from a setting such as an environment variable, falling back to the default. */
export function maxAgeFrom(value: string | undefined): number {
  const days = Number(value);
  return value && Number.isInteger(days) && days > 0 ? days : DEFAULT_MAX_AGE_DAYS;
}
