import Link from "next/link";
import { VerdictBadge } from "@/components/check/verdict-badge";
import { audienceShortLabels } from "@/content/check/labels";
import type { WhoSees } from "@/lib/onboarding/by-data";
import { onboardingReportPath, type OnboardingColumn } from "@/lib/onboarding/columns";
import { joinWords } from "@/lib/check/wording";
import { dataKinds, labelOf, type DataKindId } from "@/lib/model/vocabulary";

type Props = {
  columns: readonly OnboardingColumn[];
  /** For each column, who sees each data kind (from `whoSeesByData`). */
  byColumn: readonly Map<DataKindId, WhoSees[]>[];
  rows: readonly DataKindId[];
  /** What each column is called in its header. */
  columnHeading: (column: OnboardingColumn) => string;
};

/** "Primary Owner, Owners and Admins", or for a "no", nobody. */
function who(entry: WhoSees): string {
  if (entry.verdict === "no") return "Nobody in the organization";
  return joinWords(entry.audiences.map((audience) => audienceShortLabels[audience]));
}

/**
 * The verdict and who, as one link to the explanation. The badge and the first word never part at a
 * line break, so a verdict is never left alone at the end of a line.
 */
function EntryLink({ href, entry }: { href: string; entry: WhoSees }) {
  const [first, ...rest] = who(entry).split(" ");
  return (
    <Link href={href} className="text-fg">
      <span className="whitespace-nowrap">
        <VerdictBadge verdict={entry.verdict} compact /> {first}
      </span>
      {rest.length > 0 && ` ${rest.join(" ")}`}
    </Link>
  );
}

/** Grid columns for the plan cells on a phone, one per plan (written out so Tailwind sees each class). */
const phoneColumns = ["grid-cols-1", "grid-cols-1", "grid-cols-2", "grid-cols-3"] as const;

/**
 * Data kind by plan: who in the organization can (yes) or might (possible) see it, or nobody (no). Each
 * entry links to its reason and sources in the full report. The verdict is a word, so the table reads
 * the same in black and white.
 *
 * Below the `sm` breakpoint each row becomes a small grid: the kind of data across the top, the plans
 * side by side under it, so the plans keep their room and nothing scrolls sideways. The explicit roles
 * keep it a table for screen readers whatever its CSS display (browsers drop a table's semantics when
 * its rows are not displayed as rows); the printed page is wide enough for the plain table.
 */
export function WhoSeesTable({ columns, byColumn, rows, columnHeading }: Props) {
  const grid = `grid ${phoneColumns[Math.min(columns.length, 3)]} gap-x-3 sm:table-row`;
  return (
    <table role="table" className="mt-3 block w-full border-collapse text-left text-sm sm:table print:text-[9pt]">
      <caption className="mb-2 block max-w-prose text-left text-muted sm:table-caption print:max-w-none">
        <strong className="text-fg">Yes</strong>: can see it. <strong className="text-fg">Possible</strong>: might,
        depending on a setting not known here or on a point Anthropic&rsquo;s pages leave open.{" "}
        <strong className="text-fg">No</strong>: nobody in the organization can, through Anthropic&rsquo;s tools.
      </caption>
      <thead role="rowgroup" className="block sm:table-header-group">
        <tr role="row" className={`${grid} border-b border-line sm:border-b-0`}>
          <th
            role="columnheader"
            scope="col"
            className="w-[22%] border-line py-1 pr-3 align-bottom max-sm:sr-only sm:table-cell sm:border-b"
          >
            Your data
          </th>
          {columns.map((column) => (
            <th
              key={column.plan}
              role="columnheader"
              scope="col"
              className="block py-1 pr-3 align-bottom sm:table-cell sm:border-b sm:border-line"
            >
              {columnHeading(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup" className="block sm:table-row-group">
        {rows.map((data) => (
          <tr key={data} role="row" className={`${grid} break-inside-avoid border-b border-line sm:border-b-0`}>
            <th
              role="rowheader"
              scope="row"
              className="col-span-full block pt-2 align-top font-semibold sm:table-cell sm:border-b sm:border-line sm:py-1 sm:pr-3"
            >
              {labelOf(dataKinds, data)}
            </th>
            {columns.map((column, index) => (
              <td
                key={column.plan}
                role="cell"
                className="block py-1 pr-3 pb-2 align-top sm:table-cell sm:border-b sm:border-line sm:pb-1"
              >
                <ul>
                  {byColumn[index]!.get(data)!.map((entry) => (
                    <li key={entry.verdict} className="mr-3 inline">
                      <EntryLink href={`${onboardingReportPath(column.plan)}#${entry.anchor}`} entry={entry} />
                    </li>
                  ))}
                </ul>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
