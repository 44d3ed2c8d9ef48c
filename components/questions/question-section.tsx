import Link from "next/link";
import { layers, type LayerId } from "@/content/layers";
import { layerPath } from "@/lib/layers/paths";
import type { OrgEdition } from "@/lib/profile/org-edition";
import { answerQuestion } from "@/lib/questions/answers";
import type { Question } from "@/lib/questions/schema";
import { OnePagerAnswer } from "./one-pager-answer";
import { PlanAnswer } from "./plan-answer";

/** One question at its anchor, answered per plan from the engine at build time. */
export function QuestionSection({ question, org }: { question: Question; org?: OrgEdition }) {
  // The anchor is the heading's, so a search result that links to the heading lands on the same address.
  return (
    <section aria-labelledby={question.id} className="mt-12">
      <h2 id={question.id} className="scroll-mt-6 text-2xl font-semibold">
        {question.question}
      </h2>
      {question.kind === "one-pager" ? (
        <OnePagerAnswer answer={question.answer} org={org} />
      ) : (
        <>
          {/* Plans side by side where the screen is wide enough to compare them; prose keeps its measure. */}
          <div className={`mt-5 grid items-start gap-5 ${question.plans.length > 1 ? "lg:grid-cols-2" : "max-w-3xl"}`}>
            {answerQuestion(question, org).map((plan) => (
              <PlanAnswer key={plan.anchor} plan={plan} orgName={org?.name} />
            ))}
          </div>
          {question.readMore.length > 0 && <ReadMore ids={question.readMore} />}
        </>
      )}
    </section>
  );
}

/** Links to the explainers that say more, in the home page's order. */
function ReadMore({ ids }: { ids: readonly LayerId[] }) {
  const titled = ids.map((id) => ({ id, title: layers.find((layer) => layer.id === id)?.title ?? id }));
  return (
    <p className="mt-4">
      Read more:{" "}
      {titled.map((layer, index) => (
        <span key={layer.id}>
          {index > 0 && (index === titled.length - 1 ? " and " : ", ")}
          <Link href={layerPath(layer.id)}>{layer.title}</Link>
        </span>
      ))}
      .
    </p>
  );
}
