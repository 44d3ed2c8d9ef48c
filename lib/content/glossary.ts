/** The validated glossary, and its lookup for pages that link a term. */
import { glossary as authored } from "@/content/glossary";
import { parseGlossary, type GlossaryEntry } from "@/lib/glossary/glossary-schema";
import { model } from "@/lib/model/model";

/** The validated glossary, sorted as the glossary page lists it. */
export const glossary: readonly GlossaryEntry[] = parseGlossary(
  authored,
  new Set(model.claims.map((claim) => claim.id)),
).sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }));

/** Looks up a term by id; an unknown id stops the build, so no page links to a missing definition. */
export function glossaryEntry(id: string): GlossaryEntry {
  const entry = glossary.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`Unknown glossary term "${id}": add it to content/glossary.ts or fix the id.`);
  return entry;
}
