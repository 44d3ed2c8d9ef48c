import { verdictLabels } from "@/content/check/labels";
import type { Verdict } from "@/lib/model/content-schema";

/** Colours say whether someone other than the person can see the data, not "yes" as such. */
const styles = {
  yes: "bg-yes-bg text-yes",
  possible: "bg-possible-bg text-possible",
  no: "bg-no-bg text-no",
} as const satisfies Record<Verdict, string>;

/** The person's own access, whatever the verdict: nobody else sees anything through it. */
const ownStyle = "bg-surface text-fg ring-1 ring-inset ring-line";

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
  const size = compact ? "px-1.5" : "min-w-[4.5rem] px-2";
  return (
    <span
      className={`inline-block rounded py-0.5 text-center text-sm font-semibold ${size} ${own ? ownStyle : styles[verdict]}`}
    >
      {verdictLabels[verdict]}
    </span>
  );
}
