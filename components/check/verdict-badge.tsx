import { verdictLabels } from "@/content/check/labels";
import type { Verdict } from "@/lib/model/content-schema";

/**
 * Colours say whether someone other than the person can see the data, not "yes" as such; "own" is the
 * person's own access, whatever the verdict: nobody else sees anything through it. The classes are in
 * app/globals.css, since a report shows a badge for every cell.
 */
const styles = {
  yes: "verdict-yes",
  possible: "verdict-possible",
  no: "verdict-no",
} as const satisfies Record<Verdict, string>;

/**
 * A verdict as a word on a tinted background: the word carries the meaning, the colour only helps.
 * `own` marks the verdict about the person themselves ("You"), which is never a warning. `compact`
 * drops the fixed width, for dense tables such as the printed one-pager.
 */
export function VerdictBadge({
  verdict,
  compact = false,
  own = false,
}: {
  verdict: Verdict;
  compact?: boolean;
  own?: boolean;
}) {
  return (
    <span className={`verdict-badge ${compact ? "px-1.5" : "verdict-wide"} ${own ? "verdict-own" : styles[verdict]}`}>
      {verdictLabels[verdict]}
    </span>
  );
}
