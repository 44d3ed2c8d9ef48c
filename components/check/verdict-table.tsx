import { audienceShortLabels, verdictLabels } from "@/content/check/labels";
import type { AnchorOf } from "@/lib/check/group-cells";
import { cellOf } from "@/lib/engine/evaluate";
import type { Report } from "@/lib/model/report-schema";
import { audienceIds, dataKinds } from "@/lib/model/vocabulary";
import { CellLink } from "./cell-link";
import { VerdictBadge } from "./verdict-badge";

/**
 * The whole report as one data × audience table, for wide screens and screen readers on them. Each
 * verdict links to its reasons below. Phones get the per-data lists instead, so nothing scrolls sideways.
 */
export function VerdictTable({ report, anchorOf }: { report: Report; anchorOf: AnchorOf }) {
  return (
    <div className="hidden lg:block">
      <table className="verdict-table w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-muted">
          Who can see what. Each verdict links to its reason and sources below.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-line p-2 text-left">
              Data
            </th>
            {audienceIds.map((audience) => (
              <th key={audience} scope="col" className="border-b border-line p-2 text-left align-bottom font-semibold">
                {audienceShortLabels[audience]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dataKinds.map((data) => (
            <tr key={data.id}>
              <th scope="row" className="border-b border-line p-2 text-left font-semibold">
                {data.label}
              </th>
              {audienceIds.map((audience) => {
                const cell = cellOf(report, data.id, audience);
                return (
                  <td key={audience}>
                    <CellLink
                      anchor={anchorOf(data.id, audience)}
                      label={`${verdictLabels[cell.verdict]}: ${audienceShortLabels[audience]}, ${data.label}`}
                    >
                      <VerdictBadge verdict={cell.verdict} own={audience === "you"} />
                    </CellLink>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
