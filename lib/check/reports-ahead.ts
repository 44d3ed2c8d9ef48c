import { surfacesFor, toSituation } from "@/lib/content/check-questions";
import { evaluate } from "@/lib/engine/evaluate";
import { recentResults } from "@/lib/engine/recent-results";
import type { Report } from "@/lib/model/report-schema";
import type { Situation } from "@/lib/model/situation-schema";
import type { AudienceId } from "@/lib/model/vocabulary";
import { withTicked, type Answers } from "./answers";
import { glanceOf } from "./glance";
import { withOrgStatements, type OrgCheckSettings } from "./org-answers";
import { questionsShown } from "./questions-shown";

/** Reports worked out on this page, by situation: enough for the answers one change away from the last few. */
const reports = recentResults<Report>(96);

/** The report for a situation: the one worked out before, when there is one, so it is the same object. */
export function reportFor(situation: Situation): Report {
  return reports(JSON.stringify(situation), () => evaluate(situation));
}

/**
 * The answers one change away from these, as the questions on the page offer them: each product and each
 * activity ticked or unticked, and each setting asked given another answer.
 */
export function answersOneChangeAway(answers: Answers, org?: OrgCheckSettings): Answers[] {
  const { account, behaviourOptions, asked } = questionsShown(answers, org);
  if (!account) return [];
  const toggled = <T>(answer: readonly T[] | undefined, item: T) => withTicked(answer, item, !answer?.includes(item));
  return [
    ...surfacesFor(account).map((id) => ({ ...answers, surfaces: toggled(answers.surfaces, id) })),
    ...behaviourOptions.map((id) => ({ ...answers, behaviours: toggled(answers.behaviours, id) })),
    ...asked.flatMap((id) =>
      (["yes", "no", "unknown"] as const)
        .filter((value) => (answers.settings[id] ?? "unknown") !== value)
        .map((value) => ({ ...answers, settings: { ...answers.settings, [id]: value } })),
    ),
  ];
}

/**
 * Works out, for answers one change away, what the check would show: the questions, the report and its
 * glance. Done while the person reads, so that their next answer finds most of its work done.
 */
export function prepareAnswer(
  answers: Answers,
  org: OrgCheckSettings | undefined,
  audienceShortLabels: Readonly<Record<AudienceId, string>>,
): void {
  questionsShown(answers, org);
  const situation = toSituation(withOrgStatements(answers, org));
  if (situation) glanceOf(reportFor(situation), audienceShortLabels);
}
