import { VerdictBadge } from "@/components/check/verdict-badge";
import { moveLabels, type DescribedMove } from "@/lib/changes/describe";

/** A verdict before or after a change, as a word; "not covered" has no colour of its own. */
function MoveVerdict({ verdict }: { verdict: DescribedMove["before"] }) {
  return verdict === "not covered" ? (
    <span className="inline-block rounded border border-line px-1.5 py-0.5 text-sm">{moveLabels[verdict]}</span>
  ) : (
    <VerdictBadge verdict={verdict} compact />
  );
}

/** One verdict that moved: who, which data, on which accounts, what it was and what it is now, in words. */
export function VerdictMoveItem({ move }: { move: DescribedMove }) {
  return (
    <li>
      <strong>{move.audience}</strong>, {move.data} <span className="text-muted">({move.accounts.join("; ")})</span>:
      was <MoveVerdict verdict={move.before} />, now <MoveVerdict verdict={move.after} />
      {move.when ? `, ${move.when}` : null}.
    </li>
  );
}
