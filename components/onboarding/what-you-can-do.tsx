import { ClaimLinks } from "@/components/claims/claim-links";
import type { Advice } from "@/lib/check/advice-for";
import { sectionIds } from "@/lib/onboarding/sections";

/** The check's own advice for these situations: what stays yours, and how to keep it so. */
export function WhatYouCanDo({ advice }: { advice: readonly Advice[] }) {
  const id = sectionIds.whatYouCanDo;
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6">
      <h2 id={`${id}-title`} className="text-2xl font-semibold print:text-lg">
        What stays yours, and what you can do
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6 print:columns-2 print:gap-8 print:text-[9pt]">
        {advice.map((item) => (
          <li key={item.id}>
            {item.text}
            <span className="no-print">
              <ClaimLinks ids={item.claims} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
