/** The verdict of one cell under one completion, from the rules that match it. */
import type { Rule, Verdict } from "@/lib/model/content-schema";

/** What one completion says about one cell, and the rules that say it. */
export type Outcome = { readonly verdict: Verdict; readonly rules: readonly Rule[] };

/** Orders verdicts from closed to open. */
export const verdictRank: Readonly<Record<Verdict, number>> = { no: 0, possible: 1, yes: 2 };

/**
 * A matching gate closes the cell (the first gate explains it). Otherwise the strongest grant wins and
 * every grant at that strength contributes; failing any grant, the first matching "no" explains the cell.
 * Returns undefined when nothing matches, which the caller treats as a bug in the rules.
 */
export function decide(matching: readonly Rule[]): Outcome | undefined {
  const gate = matching.find((rule) => rule.gate);
  if (gate) return { verdict: "no", rules: [gate] };
  for (const verdict of ["yes", "possible"] as const) {
    const granting = matching.filter((rule) => rule.verdict === verdict);
    if (granting.length > 0) return { verdict, rules: granting };
  }
  const refusing = matching.find((rule) => rule.verdict === "no");
  return refusing ? { verdict: "no", rules: [refusing] } : undefined;
}
