/** Rows that did not fit: how many, the first few in full, and how often each reason came up. */
import type { RowError } from "../event";
import { increment } from "./counting";
import { LIMITS } from "./limits";

export type ErrorTotals = {
  invalidRows: number;
  errors: RowError[];
  errorReasons: { reason: string; count: number }[];
};

export function createErrorTally() {
  let invalid = 0;
  const errors: RowError[] = [];
  const reasons = new Map<string, number>();

  return {
    add(error: RowError) {
      invalid += 1;
      if (errors.length < LIMITS.errors) errors.push(error);
      if (reasons.has(error.reason) || reasons.size < LIMITS.errorReasons) increment(reasons, error.reason);
      else increment(reasons, "other reasons");
    },
    finish(): ErrorTotals {
      return {
        invalidRows: invalid,
        errors,
        errorReasons: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
      };
    },
  };
}
