import { z } from "zod";

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
  const parsed = z
    .array(glossaryEntrySchema)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((entry, index) => {
        if (seen.has(entry.id))
          ctx.addIssue({ code: "custom", path: [index, "id"], message: `duplicate id "${entry.id}"` });
        seen.add(entry.id);
        for (const claim of entry.claims) {
          if (!knownClaimIds.has(claim)) {
            ctx.addIssue({
              code: "custom",
              path: [index, "claims"],
              message: `glossary term "${entry.id}" cites claim "${claim}", which does not exist`,
            });
          }
        }
      });
    })
    .safeParse(entries);
  if (!parsed.success) throw new Error(`content/glossary.ts is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
