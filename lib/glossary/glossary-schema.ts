import { z } from "zod";
import { parseCitedList } from "@/lib/model/cited-list";

/** One glossary entry. */
export const glossaryEntrySchema = z
  .object({
    /** Stable id: the anchor on the glossary page (`#term-<id>`) and the key MDX pages use. */
    id: z.string().regex(/^[a-z0-9-]+$/, "use lowercase letters, digits and hyphens"),
    /** The term as it is written in running text. */
    term: z.string().min(2),
    /** One to three plain sentences, written for someone who has never met the term. */
    definition: z.string().min(20),
    /**
     * `general` for industry terms (SSO, SIEM) whose meaning is not a claim about Claude;
     * `claude` for terms whose definition states facts about Claude, which must then cite claims.
     */
    kind: z.enum(["general", "claude"]),
    /** Claims the definition rests on (ids from the model); required for `claude` terms. */
    claims: z.array(z.string()).default([]),
  })
  .strict()
  .refine((entry) => entry.kind === "general" || entry.claims.length > 0, {
    message: "a `claude` term states facts about Claude, so it must cite at least one claim",
    path: ["claims"],
  });

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** Validates the glossary: entries well-formed, ids unique, every cited claim known. */
export function parseGlossary(entries: unknown, knownClaimIds: ReadonlySet<string>): GlossaryEntry[] {
  return parseCitedList(glossaryEntrySchema, "content/glossary.ts", "glossary term", entries, knownClaimIds);
}
