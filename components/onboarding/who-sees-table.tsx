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

/**
 * Data kind by plan: who in the organization can (yes) or might (possible) see it, or nobody (no). Each
 * entry links to its reason and sources in the full report. The verdict is a word, so the table reads
 * the same in black and white.
 */
export function WhoSeesTable({ columns, byColumn, rows, columnHeading }: Props) {
  return (
    <table className="mt-3 w-full border-collapse text-left text-sm print:text-[9pt]">
      <caption className="mb-2 text-left text-muted">
        <strong className="text-fg">Yes</strong>: can see it. <strong className="text-fg">Possible</strong>: might,
        depending on a setting not known here or on a point Anthropic&rsquo;s pages leave open.{" "}
        <strong className="text-fg">No</strong>: nobody in the organization can, through Anthropic&rsquo;s tools.
      </caption>
      <thead>
        <tr>
          <th scope="col" className="w-[22%] border-b border-line py-1 pr-3 align-bottom">
            Your data
          </th>
          {columns.map((column) => (
            <th key={column.plan} scope="col" className="border-b border-line py-1 pr-3 align-bottom">
              {columnHeading(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((data) => (
          <tr key={data} className="break-inside-avoid">
            <th scope="row" className="border-b border-line py-1 pr-3 align-top font-semibold">
              {labelOf(dataKinds, data)}
            </th>
            {columns.map((column, index) => (
              <td key={column.plan} className="border-b border-line py-1 pr-3 align-top">
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
