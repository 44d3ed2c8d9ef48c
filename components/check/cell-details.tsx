import type { CellGroup } from "@/lib/check/group-cells";
import type { ReportSources } from "@/lib/check/report-sources";
import { inSentence, joinWords } from "@/lib/check/wording";
import { audiences, labelOf, mechanisms } from "@/lib/model/vocabulary";
import { CellSources } from "./cell-sources";
import { VerdictBadge } from "./verdict-badge";

/**
 * One verdict, for one or more audiences, as a disclosure: the line shows who, the verdict and through
 * what; opening it shows the reason, how long, the question that would settle a "possible", and the
 * claims it rests on, each leading to its quotes in the report's sources. A native <details> element, so it
 * works without JavaScript and with every screen reader.
 */
export function CellDetails({ group, sources }: { group: CellGroup; sources: ReportSources }) {
  const { cell } = group;
  const how = cell.mechanisms.map((id) => inSentence(labelOf(mechanisms, id))).join(", ");
  const who = joinWords(
    group.audiences.map((id, index) => (index === 0 ? labelOf(audiences, id) : inSentence(labelOf(audiences, id)))),
  );
  return (
    <details id={group.anchor} className="report-cell">
      <summary>
        <VerdictBadge verdict={cell.verdict} own={group.audiences.every((id) => id === "you")} />
        <span className="font-semibold">{who}</span>
        {how && <span className="text-sm text-muted">through {how}</span>}
      </summary>
      <div className="report-cell-body">
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
        <CellSources ids={cell.claims} sources={sources} />
      </div>
    </details>
  );
}
