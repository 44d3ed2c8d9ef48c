import type { Metadata } from "next";
import { ClaimLinks } from "@/components/claims/claim-links";
import { glossary } from "@/lib/content/glossary";

export const metadata: Metadata = {
  title: "Glossary",
  description: "Plain definitions of the roles, tools and settings that decide who can see your use of Claude at work.",
};

export default function GlossaryPage() {
  return (
    <div className="prose-site">
      <h1 className="text-3xl font-bold sm:text-4xl">Glossary</h1>
      <p>
        The roles, tools and settings this guide mentions, in plain words. Definitions that state facts about Claude
        link to the sources they rest on.
      </p>
      <dl className="not-prose mt-8 grid gap-x-12 gap-y-6 lg:grid-cols-2">
        {glossary.map((entry) => (
          <div key={entry.id} id={`term-${entry.id}`} className="scroll-mt-6">
            <dt className="text-lg font-semibold">{entry.term}</dt>
            <dd className="mt-1">
              {entry.definition}
              {entry.claims.length > 0 && <ClaimLinks ids={entry.claims} />}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
