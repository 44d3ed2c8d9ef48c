import Link from "next/link";
import { ChangeLinks } from "@/components/changes/change-links";
import { colourKey } from "@/content/check/labels";
import { ClaimLinks } from "@/components/claims/claim-links";
import { NoteText } from "@/components/claims/note-text";
import { OrgContact } from "@/components/org/org-contact";
import type { ChangeLink } from "@/lib/changes/related";
import { advice as allAdvice } from "@/content/check/advice";
import { adviceFor } from "@/lib/check/advice-for";
import { anchorLookup, groupCells, type CellGroup } from "@/lib/check/group-cells";
import { questionsToAsk } from "@/lib/check/questions-to-ask";
import { reportSources } from "@/lib/check/report-sources";
import { organizationSeesNothing, summarize } from "@/lib/check/report-summary";
import type { Report } from "@/lib/model/report-schema";
import { dataKinds } from "@/lib/model/vocabulary";
import type { OrgEdition } from "@/lib/profile/org-edition";
import { CellDetails } from "./cell-details";
import { CellLink } from "./cell-link";
import { RolesInWords } from "./roles-in-words";
import { ReportMap } from "./report-map";
import { ReportSourcesList } from "./report-sources-list";
import { VerdictBadge } from "./verdict-badge";
import { VerdictTable } from "./verdict-table";
import { renderedWhenChanged } from "./same-signature";

// The report's large parts, rendered again only when what they show changes (see renderedWhenChanged).
const SignedRoles = renderedWhenChanged(RolesInWords);
const SignedMap = renderedWhenChanged(ReportMap);
const SignedTable = renderedWhenChanged(VerdictTable);
const SignedCell = renderedWhenChanged(CellDetails);
const SignedSources = renderedWhenChanged(ReportSourcesList);

/**
 * A personal report: summary, who-can-see-what, what you can do, questions to ask, caveats, and the
 * sources every verdict rests on, each said once. It has no
 * state of its own, so the live check and the ready-made static reports render exactly the same thing.
 * `changes` are the change-log entries that moved verdicts for the report's account, worked out on the server.
 */
export function ReportView({
  report,
  contact,
  changes = [],
}: {
  report: Report;
  contact?: OrgEdition["contact"];
  changes?: readonly ChangeLink[];
}) {
  const summary = summarize(report);
  const advice = adviceFor(report.situation, allAdvice);
  const questions = questionsToAsk(report);
  const groups = groupCells(report);
  const anchorOf = anchorLookup(groups);
  const sources = reportSources(groups);
  // What the map and the table show: every group's verdict, audiences and anchor.
  const verdicts = JSON.stringify(
    [...groups.values()]
      .flat()
      .map(({ data, audiences, anchor, cell }) => [data, audiences, anchor, cell.verdict, cell.mechanisms]),
  );
  const cellSignature = (group: CellGroup) => JSON.stringify([group, group.cell.claims.map(sources.numberOf)]);
  return (
    <div className="space-y-10">
      <SignedRoles account={report.situation.account} signature={report.situation.account} />
      <SignedMap report={report} signature={verdicts} />
      <section aria-labelledby="report-summary">
        <h2 id="report-summary" className="text-2xl font-semibold">
          In short
        </h2>
        {organizationSeesNothing(report) ? (
          <p className="mt-3">
            Through Anthropic&rsquo;s tools, nobody in an organization can see your use of Claude in this situation.
            Read the notes at the end: your employer&rsquo;s own tools are another matter.
          </p>
        ) : (
          <ul className="mt-3 space-y-2">
            {summary.map((line) => (
              <li key={`${line.verdict}-${line.cells[0]!.data}`} className="flex items-baseline gap-3">
                <VerdictBadge verdict={line.verdict} />
                <CellLink anchor={anchorOf(line.cells[0]!.data, line.cells[0]!.audience)} className="text-fg">
                  {line.text}
                </CellLink>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="report-who-sees-what">
        <h2 id="report-who-sees-what" className="text-2xl font-semibold">
          Who can see what
        </h2>
        <p className="mt-2 max-w-prose text-muted">
          Open any line to see why, for how long, and the sources behind it. {colourKey}
        </p>
        <div className="mt-4">
          <SignedTable report={report} anchorOf={anchorOf} signature={verdicts} />
        </div>
        {dataKinds.map((data) => (
          <section key={data.id} aria-labelledby={`data-${data.id}`} className="mt-8">
            <h3 id={`data-${data.id}`} className="text-xl font-semibold">
              {data.label}
            </h3>
            <p className="text-sm text-muted">{data.description}</p>
            <div className="mt-2">
              {groups.get(data.id)!.map((group) => (
                <SignedCell key={group.anchor} group={group} sources={sources} signature={cellSignature(group)} />
              ))}
            </div>
          </section>
        ))}
      </section>

      {advice.length > 0 && (
        <section aria-labelledby="report-what-you-can-do">
          <h2 id="report-what-you-can-do" className="text-2xl font-semibold">
            What you can do
          </h2>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            {advice.map((item) => (
              <li key={item.id}>
                {item.text}
                <ClaimLinks ids={item.claims} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {questions.length > 0 && (
        <section aria-labelledby="report-questions">
          <h2 id="report-questions" className="text-2xl font-semibold">
            Questions to ask
          </h2>
          <p className="mt-2">
            Each answer turns some &ldquo;possible&rdquo; verdicts into a firm yes or no.{" "}
            {contact ? (
              <>
                Ask <OrgContact contact={contact} />.
              </>
            ) : (
              "Your Primary Owner or IT team can answer them."
            )}
          </p>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            {/* Keyed by place: the words would be sent twice with the page's data. */}
            {questions.map((item, index) => (
              <li key={index}>
                {item.question}
                {item.askWhom && !contact && <span className="text-muted"> Ask {item.askWhom}.</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="report-notes">
        <h2 id="report-notes" className="text-2xl font-semibold">
          Worth knowing
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {report.notes.map((note) => (
            <li key={note.id}>
              <NoteText note={note} />
            </li>
          ))}
        </ul>
      </section>

      {changes.length > 0 && (
        <section aria-labelledby="report-changes">
          <h2 id="report-changes" className="text-2xl font-semibold">
            Recent changes behind these answers
          </h2>
          <p className="mt-2">
            Anthropic changed its pages, and these changes moved verdicts for this kind of account.{" "}
            <Link href="/changes/">Every change, newest first</Link>.
          </p>
          <ChangeLinks links={changes} labelledBy="report-changes" />
        </section>
      )}

      <SignedSources sources={sources} signature={sources.ids.join(" ")} />
    </div>
  );
}
