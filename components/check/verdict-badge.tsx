import { verdictLabels } from "@/content/check/labels";
import type { Verdict } from "@/lib/model/content-schema";

const styles = {
  yes: "bg-yes-bg text-yes",
  possible: "bg-possible-bg text-possible",
  no: "bg-no-bg text-no",
} as const satisfies Record<Verdict, string>;

/** A verdict as a word on a tinted background: the word carries the meaning, the colour only helps. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span
      className={`inline-block min-w-[4.5rem] rounded px-2 py-0.5 text-center text-sm font-semibold ${styles[verdict]}`}
    >
      {verdictLabels[verdict]}
    </span>
  );
}
