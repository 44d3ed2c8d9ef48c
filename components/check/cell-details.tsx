import { ClaimCitations } from "@/components/claims/claim-citations";
import type { CellGroup } from "@/lib/check/group-cells";
import { inSentence, joinWords } from "@/lib/check/wording";
import { audiences, labelOf, mechanisms } from "@/lib/model/vocabulary";
import { VerdictBadge } from "./verdict-badge";

/**
 * One verdict, for one or more audiences, as a disclosure: the line shows who, the verdict and through
 * what; opening it shows the reason, how long, the question that would settle a "possible", and the
 * cited sources. A native <details> element, so it works without JavaScript and with every screen reader.
 */
export function CellDetails({ group }: { group: CellGroup }) {
  const { cell } = group;
  const how = cell.mechanisms.map((id) => inSentence(labelOf(mechanisms, id))).join(", ");
  const who = joinWords(
    group.audiences.map((id, index) => (index === 0 ? labelOf(audiences, id) : inSentence(labelOf(audiences, id)))),
  );
  return (
    <details id={group.anchor} className="scroll-mt-6 border-b border-line py-2">
      <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-3 gap-y-1">
        <VerdictBadge verdict={cell.verdict} own={group.audiences.every((id) => id === "you")} />
        <span className="font-semibold">{who}</span>
        {how && <span className="text-sm text-muted">through {how}</span>}
      </summary>
      <div className="mt-3 space-y-3 pb-2 pl-1">
        <p>{cell.reason}</p>
        {cell.window && (
          <p>
            <strong>How long:</strong> {cell.window}
          </p>
        )}
        {cell.question && (
          <p>
            <strong>To find out:</strong> {cell.question}
          </p>
        )}
        <div>
          <p className="font-semibold">Sources</p>
          <ClaimCitations ids={cell.claims} />
        </div>
      </div>
    </details>
  );
}
