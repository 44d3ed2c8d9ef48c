/**
 * The check every cited table in content/ shares (the glossary, the audit-log events, the Activity Feed
 * types): entries well-formed, ids unique, every cited claim known. Messages name the entry by its noun.
 */
import { z } from "zod";

/** The entries whose id an earlier entry already used, with their positions. */
export function repeatedIds(items: readonly { id: string }[]): { index: number; id: string }[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    const repeated = seen.has(item.id);
    seen.add(item.id);
    return repeated ? [{ index, id: item.id }] : [];
  });
}

/**
 * Validates a cited list against its entry schema; throws, naming the content file and listing every
 * problem, if any entry is invalid, repeats an id or cites a claim the model does not hold.
 */
export function parseCitedList<Entry extends { id: string; claims: readonly string[] }>(
  schema: z.ZodType<Entry, unknown>,
  file: string,
  noun: string,
  entries: unknown,
  knownClaimIds: ReadonlySet<string>,
): Entry[] {
  const parsed = z
    .array(schema)
    .superRefine((list, ctx) => {
      for (const { index, id } of repeatedIds(list))
        ctx.addIssue({ code: "custom", path: [index, "id"], message: `duplicate ${noun} "${id}"` });
      list.forEach((entry, index) => {
        for (const claim of entry.claims.filter((id) => !knownClaimIds.has(id)))
          ctx.addIssue({
            code: "custom",
            path: [index, "claims"],
            message: `${noun} "${entry.id}" cites claim "${claim}", which does not exist`,
          });
      });
    })
    .safeParse(entries);
  if (!parsed.success) throw new Error(`${file} is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
