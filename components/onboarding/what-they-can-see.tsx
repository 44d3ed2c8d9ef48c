import { NoteText } from "@/components/claims/note-text";
import { FormattedDate } from "@/components/formatted-date";
import { relevantDataKinds, whoSeesByData } from "@/lib/onboarding/by-data";
import { onboardingNotes } from "@/lib/content/one-pager";
import { unstatedSettings, type OnboardingColumn } from "@/lib/onboarding/columns";
import { sectionIds } from "@/lib/onboarding/sections";
import { typicalUseWords } from "@/lib/content/one-pager";
import { labelOf, settings } from "@/lib/model/vocabulary";
import type { OrgEdition } from "@/lib/profile/org-edition";
import { settingStatements } from "@/lib/profile/setting-statements";
import { WhoSeesTable } from "./who-sees-table";

/**
 * The heart of the one-pager: the engine's verdicts for typical use, per kind of data, for the
 * organization's plan with its stated settings, or for the common plans with nothing known.
 */
export function WhatTheyCanSee({ org, columns }: { org?: OrgEdition; columns: readonly OnboardingColumn[] }) {
  const id = sectionIds.whatTheyCanSee;
  const reports = columns.map((column) => column.report);
  const use = typicalUseWords(columns.map((column) => column.plan));
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6">
      <h2 id={`${id}-title`} className="text-2xl font-semibold print:text-lg">
        What {org ? org.name : "your organization"} can see
      </h2>
      <p className="mt-2">
        For typical use: {use.surfaces}
        {use.behaviours && <>, with {use.behaviours} in the apps</>}.{" "}
        {org
          ? `With the settings ${org.name} states, listed below the table.`
          : "Every organization setting is unknown here, so an answer that depends on one is \u201cpossible\u201d."}
      </p>
      <WhoSeesTable
        columns={columns}
        byColumn={reports.map(whoSeesByData)}
        rows={relevantDataKinds(reports)}
        columnHeading={(column) => (org ? `At ${org.name} (${column.planLabel})` : column.planLabel)}
      />
      {org ? <StatedSettings org={org} /> : <TailoringNote />}
      <ul className="mt-3 space-y-1 text-sm print:mt-2 print:text-[9pt]">
        {onboardingNotes(reports).map((note) => (
          <li key={note.id}>
            <NoteText note={note} screenOnlyCitations />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The settings behind the organization's column, labelled as its statements, and what it left unknown. */
function StatedSettings({ org }: { org: OrgEdition }) {
  const stated = settingStatements(org);
  const unstated = unstatedSettings(org);
  return (
    <p className="mt-3 text-sm">
      <strong>
        Stated by {org.name} on <FormattedDate iso={org.statedOn} />
      </strong>{" "}
      (the organization&rsquo;s statement, not Anthropic&rsquo;s):{" "}
      {stated.length > 0
        ? stated
            .map(
              (statement) => `${statement.label} ${statement.value}${statement.detail ? ` (${statement.detail})` : ""}`,
            )
            .join("; ")
        : "no settings"}
      .
      {unstated.length > 0 &&
        ` Not stated, so treated as unknown: ${unstated.map((setting) => labelOf(settings, setting)).join("; ")}.`}
    </p>
  );
}

function TailoringNote() {
  return (
    <p className="mt-3 text-sm">
      An organization can publish its own edition of this page, with the settings it has chosen, its contact and its
      policy. Wherever one of its settings decides an answer, &ldquo;possible&rdquo; then becomes a firm yes or no.
    </p>
  );
}
