"use client";

import { useMemo, useState, useSyncExternalStore } from "react";
import { useHydrated } from "@/components/use-browser-value";
import type { ChangeLink } from "@/lib/changes/related";
import { toSituation } from "@/lib/check/answers";
import { describeFileAnswers, keepUnchangedFileAnswers } from "@/lib/check/from-files";
import { replacedByOrg, withOrgStatements, type OrgCheckSettings } from "@/lib/check/org-answers";
import { pushHash, readAnswersHash, subscribeToHash } from "@/lib/check/location-hash";
import { summarize } from "@/lib/check/summary";
import { decodeAnswers, encodeAnswers } from "@/lib/check/url-state";
import { evaluate } from "@/lib/engine/evaluate";
import type { AccountId } from "@/lib/model/vocabulary";
import { ReportView } from "./report-view";
import { Questionnaire } from "./questionnaire";
import { ReportActions } from "./report-actions";
import { OrgStatementsUsed } from "./org-statements-used";
import { UrlNotices } from "./url-notices";

/**
 * The live check: answers come from the URL fragment and go back into it, the report follows them.
 * Nothing is stored or sent; the fragment never reaches a server. `changes` holds, per account, the few
 * change-log entries that moved its verdicts, worked out on the server so the log itself stays there.
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
  const situation = useMemo(() => toSituation(withOrgStatements(answers, org)), [answers, org]);
  const report = useMemo(() => (situation ? evaluate(situation) : undefined), [situation]);
  // Announce report changes the person caused, not the report a shared link opens with.
  const [changedByUser, setChangedByUser] = useState(false);

  // What the static page shows until the script runs, and for good when JavaScript is off.
  if (!hydrated) {
    return (
      <p className="rounded-lg bg-surface p-4">
        The questionnaire is loading. If it does not appear, JavaScript may be turned off in your browser: the
        ready-made reports below work without it.
      </p>
    );
  }
  const announcement = report && changedByUser ? describeUpdate(report) : "";
  return (
    <div className="space-y-10">
      <UrlNotices notices={notices} fromFiles={describeFileAnswers(answers)} />
      <div className="no-print">
        <Questionnaire
          org={org}
          answers={answers}
          onChange={(next) => {
            setChangedByUser(true);
            pushHash(encodeAnswers(keepUnchangedFileAnswers(answers, next)));
          }}
        />
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {report ? (
        <section aria-labelledby="report-heading" className="border-t-2 border-line pt-8">
          <h2 id="report-heading" className="text-3xl font-bold">
            Your report
          </h2>
          <ReportActions shareUrl={shareUrl(encodeAnswers(answers))} />
          {org && <OrgStatementsUsed org={org} situation={report.situation} />}
          <div className="mt-6">
            <ReportView report={report} contact={org?.contact} changes={changes?.[report.situation.account]} />
          </div>
        </section>
      ) : (
        <p className="no-print rounded-lg bg-surface p-4">Choose your account above, and your report appears here.</p>
      )}
    </div>
  );
}

/** The link to this report: the page's own address with the answers, whatever anchor is in the address bar. */
function shareUrl(fragment: string): string {
  return `${window.location.origin}${window.location.pathname}#${fragment}`;
}

function describeUpdate(report: NonNullable<ReturnType<typeof evaluate>>): string {
  const lines = summarize(report);
  const yes = lines.filter((line) => line.verdict === "yes").length;
  const possible = lines.length - yes;
  return `Report updated: ${yes} kinds of data your organization can see, ${possible} it might see.`;
}
