import { Fragment } from "react";
import { onboardingReportPath, type OnboardingColumn } from "@/lib/onboarding/columns";
import { sectionIds } from "@/lib/onboarding/sections";
import { SiteLink } from "./print-url";

/** Where the summary comes from and where to go next, each with its address on paper. */
export function ReadMore({ columns }: { columns: readonly OnboardingColumn[] }) {
  const id = sectionIds.readMore;
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6">
      <h2 id={`${id}-title`} className="text-2xl font-semibold print:text-lg">
        Read more
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm print:space-y-0 print:text-[9pt]">
        <li>
          The full report behind each answer above, with its reason, how long it lasts and its sources:{" "}
          {columns.map((column, index) => (
            <Fragment key={column.plan}>
              {index > 0 && " and "}
              <SiteLink href={onboardingReportPath(column.plan)}>{column.planLabel}</SiteLink>
            </Fragment>
          ))}
          .
        </li>
        <li>
          <SiteLink href="/check/">The check</SiteLink>: a report for your own situation, in about a minute.
        </li>
        <li>
          <SiteLink href="/sources/#method">How a verdict is reached</SiteLink>, and{" "}
          <SiteLink href="/sources/">every source</SiteLink>, quoted and dated.
        </li>
      </ul>
    </section>
  );
}
