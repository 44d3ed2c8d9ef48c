import { questions } from "@/content/check/questions";
import type { RequiredQuestion } from "@/lib/check/answers";
import { capitalise, inSentence, joinWords } from "@/lib/check/wording";
import { audiences, dataKinds } from "@/lib/model/vocabulary";

const legends = {
  account: questions.account.legend,
  partnerCloud: questions.partnerCloud.legend,
  surfaces: questions.surfaces.legend,
  behaviours: questions.behaviours.legend,
} as const satisfies Record<RequiredQuestion, string>;

/**
 * What the report will cover, shown instead of verdicts until the questions it needs are answered: an
 * unanswered question is never read as "no", so the check says what it is waiting for rather than guess.
 */
export function ReportPreview({ missing }: { missing: readonly RequiredQuestion[] }) {
  const who = joinWords(audiences.map((row) => inSentence(row.label)));
  const what = capitalise(joinWords(dataKinds.map((row) => inSentence(row.label))));
  return (
    <section aria-labelledby="report-preview-heading" className="rounded-lg bg-surface p-4">
      <h2 id="report-preview-heading" className="text-xl font-semibold">
        What the report will cover
      </h2>
      <p className="mt-2">
        For each kind of your data, your report will say whether each of these can see it: {who}. Each verdict is yes,
        possible or no, with its reason and its sources.
      </p>
      <p className="mt-2 text-sm text-muted">{what}.</p>
      <p className="mt-3 font-semibold">Your report appears once you have answered:</p>
      <ul className="mt-1 list-disc pl-6">
        {missing.map((id) => (
          <li key={id}>{legends[id]}</li>
        ))}
      </ul>
    </section>
  );
}
