import { ClaimLinks } from "@/components/claims/claim-links";
import { VerdictBadge } from "@/components/check/verdict-badge";
import { inSentence, joinWords } from "@/lib/check/wording";
import { audiences, labelOf, mechanisms } from "@/lib/model/vocabulary";
import type { AnswerLine } from "@/lib/questions/answers";

/**
 * One verdict of an answer, for one or more audiences: who, the verdict in words, through what, then the
 * engine's reason with its sources, how long and what would settle a "possible". Open, not folded: on
 * this page the reason is the answer.
 */
export function VerdictLine({ line }: { line: AnswerLine }) {
  const { cell } = line;
  const how = joinWords(cell.mechanisms.map((id) => inSentence(labelOf(mechanisms, id))));
  const who = joinWords(
    line.audiences.map((id, index) => (index === 0 ? labelOf(audiences, id) : inSentence(labelOf(audiences, id)))),
  );
  return (
    <li className="border-b border-line py-3 last:border-b-0">
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <VerdictBadge verdict={cell.verdict} own={line.audiences.every((id) => id === "you")} />
        <span className="font-semibold">{who}</span>
        {how && <span className="text-sm text-muted">through {how}</span>}
      </p>
      <p className="mt-1">
        {cell.reason}
        <ClaimLinks ids={cell.claims} />
      </p>
      {cell.window && (
        <p className="mt-1 text-sm">
          <strong>How long:</strong> {cell.window}
        </p>
      )}
      {cell.question && (
        <p className="mt-1 text-sm">
          <strong>To find out:</strong> {cell.question}
        </p>
      )}
    </li>
  );
}
