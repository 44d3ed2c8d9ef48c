"use client";

import { memo, useCallback, useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { audienceShortLabels } from "@/content/check/labels";
import { useHydrated } from "@/components/use-browser-value";
import type { ChangeLink } from "@/lib/changes/related";
import { toSituation, unansweredQuestions } from "@/lib/content/check-questions";
import { describeFileAnswers, keepUnchangedFileAnswers } from "@/lib/check/from-files";
import { glanceOf, type Glance } from "@/lib/check/glance";
import { replacedByOrg, withOrgStatements, type OrgCheckSettings } from "@/lib/check/org-answers";
import { pushHash, readAnswersHash, subscribeToHash } from "@/lib/check/location-hash";
import { answersOneChangeAway, prepareAnswer, reportFor } from "@/lib/check/reports-ahead";
import { decodeAnswers, encodeAnswers } from "@/lib/check/url-state";
import { whileIdle } from "@/lib/check/while-idle";
import type { AccountId } from "@/lib/model/vocabulary";
import { CheckLoading } from "./check-loading";
import { ReportView } from "./report-view";
import { Questionnaire, type AnswerChange } from "./questionnaire";
import { ReportActions } from "./report-actions";
import { ReportBar } from "./report-bar";
import { ReportGlance } from "./report-glance";
import { ReportPreview } from "./report-preview";
import { OrgStatementsUsed } from "./org-statements-used";
import { UrlNotices } from "./url-notices";
import { useUpdateTiming } from "./use-update-timing";

/**
 * The live check: answers come from the URL fragment and go back into it, the report follows them.
 * Nothing is stored or sent; the fragment never reaches a server. `changes` holds, per account, the few
 * change-log entries that moved its verdicts, worked out on the server so the log itself stays there.
 *
 * On wide screens the report's glance sits beside the questions and stays in view; on phones a bar at
 * the bottom leads to the report. Until the plan and products are answered it shows what the report
 * will cover instead of verdicts.
 */
export function CheckApp({
  org,
  changes,
}: {
  org?: OrgCheckSettings;
  changes?: Partial<Record<AccountId, readonly ChangeLink[]>>;
}) {
  // Rendered only in the browser: the answers live in the fragment, which a static page cannot know.
  const hydrated = useHydrated();
  const hash = useSyncExternalStore(subscribeToHash, readAnswersHash, () => "");
  const { answers, notices } = useMemo(() => {
    const decoded = decodeAnswers(hash);
    return { answers: decoded.answers, notices: [...decoded.notices, ...replacedByOrg(decoded.answers, org)] };
  }, [hash, org]);
  // The organization's statements fill in what it states; the person's own answers stay in the URL.
  const effective = useMemo(() => withOrgStatements(answers, org), [answers, org]);
  const situation = useMemo(() => toSituation(effective), [effective]);
  const report = useMemo(() => (situation ? reportFor(situation) : undefined), [situation]);
  const glance = useMemo(() => (report ? glanceOf(report, audienceShortLabels) : undefined), [report]);
  // The full report below the questions follows a change in a render of its own, which React can set aside
  // for the next answer: the answer and the report at a glance come first, so the page answers at once.
  const shownReport = useDeferredValue(report);
  // How many times the person's answers changed the page: the report's "Updated" cue and its announcement
  // are for changes the person caused, not for the report a shared link opens with.
  const [revision, setRevision] = useState(0);
  const markAnswerChange = useUpdateTiming(shownReport === report);
  // Once the full report is in, the answers one change away are worked out while the person reads it.
  useEffect(() => {
    if (!report || shownReport !== report) return;
    return whileIdle(
      answersOneChangeAway(answers, org).map((next) => () => prepareAnswer(next, org, audienceShortLabels)),
    );
  }, [answers, org, report, shownReport]);
  // One handler for every question, read afresh from the address when called (see ChoiceGroup).
  const changeAnswers = useCallback(
    (change: AnswerChange) => {
      markAnswerChange();
      setRevision((count) => count + 1);
      const current = decodeAnswers(readAnswersHash()).answers;
      pushHash(encodeAnswers(keepUnchangedFileAnswers(current, { ...current, ...change(current) })));
    },
    [markAnswerChange],
  );

  // What the static page shows until the script runs, and for good when JavaScript is off.
  if (!hydrated) return <CheckLoading />;
  const announcement = glance && revision > 0 ? describeUpdate(glance) : "";
  return (
    <div className="space-y-10">
      <UrlNotices notices={notices} fromFiles={describeFileAnswers(answers)} />
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start lg:gap-8 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="no-print">
          <Questionnaire org={org} answers={answers} onChange={changeAnswers} />
          {glance && <ReportBar glance={glance} revision={revision} />}
        </div>
        <div
          className={`no-print mt-8 lg:sticky lg:top-4 lg:mt-0 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto ${glance ? "hidden lg:block" : ""}`}
        >
          {glance ? (
            <ReportGlance glance={glance} revision={revision} />
          ) : (
            <ReportPreview missing={unansweredQuestions(effective)} />
          )}
        </div>
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {report && shownReport && (
        <section
          aria-labelledby="report-heading"
          aria-busy={shownReport !== report}
          className="live-report border-t-2 border-line pt-8"
        >
          <h2 id="report-heading" tabIndex={-1} className="scroll-mt-4 text-3xl font-bold focus:outline-none">
            Your report
          </h2>
          <ReportActions shareUrl={shareUrl(encodeAnswers(answers))} />
          {org && <OrgStatementsUsed org={org} situation={shownReport.situation} />}
          <div className="mt-6">
            <FullReport
              report={shownReport}
              contact={org?.contact}
              changes={changes?.[shownReport.situation.account]}
            />
          </div>
        </section>
      )}
    </div>
  );
}

/** The report renders again only for a new report: the answers and glance above change without it. */
const FullReport = memo(ReportView);

/** The link to this report: the page's own address with the answers, whatever anchor is in the address bar. */
function shareUrl(fragment: string): string {
  return `${window.location.origin}${window.location.pathname}#${fragment}`;
}

function describeUpdate({ yes, possible }: Glance): string {
  return `Report updated: ${yes} kinds of data your organization can see, ${possible} it might see.`;
}
