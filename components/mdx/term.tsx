import type { ReactNode } from "react";
import { GlossaryTerm } from "@/components/glossary/glossary-term";
import { glossaryEntry } from "@/lib/content/glossary";

/** `<Term id="primary-owner" />` in MDX or JSX: a glossary term that opens its definition. */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const entry = glossaryEntry(id);
  return (
    <GlossaryTerm id={entry.id} term={entry.term} definition={entry.definition}>
      {children}
    </GlossaryTerm>
  );
}
