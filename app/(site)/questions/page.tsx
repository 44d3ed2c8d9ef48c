import type { Metadata } from "next";
import Link from "next/link";
import { QuestionSection } from "@/components/questions/question-section";
import { RolesInWords } from "@/components/questions/roles-in-words";
import { currentOrg } from "@/lib/profile/current";
import { questions } from "@/lib/content/questions";

export const metadata: Metadata = {
  title: "Questions people ask",
  description:
    "Questions employees and HR people ask about Claude at work, answered per plan from the same cited model as the check.",
};

export default function QuestionsPage() {
  const org = currentOrg();
  return (
    <div>
      <div className="prose-site">
        <h1 className="text-3xl font-bold sm:text-4xl">Questions people ask</h1>
        <p className="text-lg">
          Questions employees and HR people have asked in public, each answered for the plans it concerns. The verdicts
          and reasons are the <Link href="/check/">check</Link>&rsquo;s own, with their sources; each answer opens the
          check with the same answers filled in, so you can add what you know about your organization.
        </p>
        <p>
          Where an answer depends on a setting nobody has told you, it is &ldquo;possible&rdquo;, never
          &ldquo;no&rdquo;, and it says what to ask.
        </p>
      </div>
      <nav aria-labelledby="questions-contents" className="mt-6 max-w-3xl">
        <h2 id="questions-contents" className="text-lg font-semibold">
          The questions
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {questions.map((question) => (
            <li key={question.id}>
              <Link href={`#${question.id}`}>{question.question}</Link>
            </li>
          ))}
        </ol>
      </nav>
      <RolesInWords />
      {questions.map((question) => (
        <QuestionSection key={question.id} question={question} org={org} />
      ))}
    </div>
  );
}
