import Link from "next/link";
import { PrintExpander } from "@/components/check/print-expander";
import { ReportView } from "@/components/check/report-view";
import { FormattedDate } from "@/components/formatted-date";
import { changeLog } from "@/lib/content/changes";
import { changesForAccount } from "@/lib/changes/related";
import { checkLinkFor } from "@/lib/check/check-links";
import { capitalise } from "@/lib/check/wording";
import type { OnboardingColumn } from "@/lib/onboarding/columns";
import { typicalUseWords } from "@/lib/content/one-pager";
import type { OrgEdition } from "@/lib/profile/org-edition";

/** The full report behind one column of the one-pager: the same view as the check's reports. */
export function OnboardingReport({ column, org }: { column: OnboardingColumn; org?: OrgEdition }) {
  const use = typicalUseWords([column.plan]);
  return (
    <div>
      <p className="no-print text-sm">
        <Link href="/onboarding/">The one-pager</Link> &rsaquo; Full report
      </p>
      <h1 className="mt-2 text-3xl font-bold sm:text-4xl">
        Full report: {org ? `${org.name}, ${column.planLabel}` : column.planLabel}, typical use
      </h1>
      <p className="mt-3 max-w-prose text-lg">
        {capitalise(use.surfaces)}
        {use.behaviours && <>, with {use.behaviours} in the apps</>}.{" "}
        {org ? (
          <>
            Settings as stated by {org.name} on <FormattedDate iso={org.statedOn} />, the organization&rsquo;s
            statement, not Anthropic&rsquo;s; any it does not state are unknown.
          </>
        ) : (
          <>Every organization setting is unknown.</>
        )}
      </p>
      <p className="no-print mt-3">
        <Link href={checkLinkFor(column.report.situation)}>Adjust these answers in the check</Link> (needs JavaScript).
      </p>
      <div className="mt-8">
        <ReportView report={column.report} changes={changesForAccount(changeLog, column.report.situation.account)} />
      </div>
      <PrintExpander />
    </div>
  );
}
