import { verdictLabels } from "@/content/check/labels";
import type { Verdict } from "@/lib/model/content-schema";

const styles = {
  yes: "bg-yes-bg text-yes",
  possible: "bg-possible-bg text-possible",
  no: "bg-no-bg text-no",
} as const satisfies Record<Verdict, string>;

/**
 * A verdict as a word on a tinted background: the word carries the meaning, the colour only helps.
 * `compact` drops the fixed width, for dense tables such as the printed one-pager.
 */
export function VerdictBadge({ verdict, compact = false }: { verdict: Verdict; compact?: boolean }) {
  const size = compact ? "px-1.5" : "min-w-[4.5rem] px-2";
  return (
    <span className={`inline-block rounded py-0.5 text-center text-sm font-semibold ${size} ${styles[verdict]}`}>
      {verdictLabels[verdict]}
    </span>
  );
}
