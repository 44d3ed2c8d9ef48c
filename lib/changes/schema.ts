/**
 * The change log's schema: one entry per dated change in what the site says, as written in
 * `content/changes/` (typed there by `AuthoredChange`). The shape is checked entry by entry; the
 * cross-references (claims, sources and layers exist, ids are unique, dates are in order and not in the
 * future) need the whole log and the model, so `changeLogSchemaFor` adds them with messages that name
 * the entry and say what to change.
 */
import { z } from "zod";
import { verdictSchema } from "@/lib/model/content-schema";
import { idSchema } from "@/lib/model/vocabulary-rows";
import { accountIdSchema, audienceIdSchema, dataKindIdSchema } from "@/lib/model/vocabulary-schema";

/** A real calendar day, YYYY-MM-DD; impossible dates such as 2026-02-30 are refused. */
const daySchema = z.iso.date("expected a real calendar day written YYYY-MM-DD, such as 2026-08-14");

/** What a cell said before the change; "not covered" when the model had no such cell, setting or data. */
export const beforeVerdictSchema = z.enum(["yes", "possible", "no", "not covered"]);

export const verdictMoveSchema = z
  .object({
    /** The accounts on which the verdict moved. */
    accounts: z.array(accountIdSchema).min(1, "a verdict move names at least one account"),
    /** The kind of data. */
    data: dataKindIdSchema,
    /** Who can (or cannot) see it. */
    audience: audienceIdSchema,
    /** The verdict before the change. */
    before: beforeVerdictSchema,
    /** The verdict after it. */
    after: verdictSchema,
    /** The condition under which the new verdict holds, in plain words. */
    when: z.string().trim().min(1).optional(),
  })
  .strict();

export const changeSchema = z
  .object({
    /** Stable id, also the anchor `#<id>` on /changes/ and part of the feed entry's id. */
    id: idSchema,
    /** When Anthropic's page changed (YYYY-MM-DD): the day a dated copy first showed the new text. */
    date: daySchema,
    /**
     * "first-seen" (the default): `date` is the day a dated copy of the page first showed the new text.
     * "no-later-than": only a copy of unknown date showed it; `date` is the day that copy was stored.
     */
    dateIs: z.enum(["first-seen", "no-later-than"]).optional(),
    /** When this site took the change in (YYYY-MM-DD). */
    recorded: daySchema,
    /** A short headline in plain words. */
    title: z.string().trim().min(1, "a change needs a title"),
    /** One to three sentences: what changed on Anthropic's side and what the site says now. */
    summary: z.string().trim().min(1, "a change needs a summary"),
    /** The sources (ids in content/model/sources.ts) whose pages changed. */
    sources: z.array(idSchema).min(1, "a change names at least one source: the page that changed"),
    /** The claims added or changed. */
    claims: z.array(idSchema),
    /** The explainers the change touches. */
    layers: z.array(idSchema),
    /** The verdicts that moved; empty when only wording changed. */
    verdicts: z.array(verdictMoveSchema),
  })
  .strict();

export type VerdictMove = z.infer<typeof verdictMoveSchema>;
export type Change = z.infer<typeof changeSchema>;

/** What the cross-reference checks compare the log against. */
export type ChangeRefs = {
  /** Today (YYYY-MM-DD): no date in the log may be later. */
  today: string;
  claims: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  layers: ReadonlySet<string>;
};

type Issue = { message: string; path: (string | number)[] };

/** Ids listed more than once in one of an entry's lists. */
function repeated(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

function entryIssues(change: Change, index: number, refs: ChangeRefs): Issue[] {
  const where = `change "${change.id}"`;
  const issues: Issue[] = [];
  const add = (message: string, ...path: (string | number)[]) =>
    issues.push({ message: `${where} ${message}`, path: [index, ...path] });
  for (const field of ["date", "recorded"] as const) {
    if (change[field] > refs.today)
      add(`has ${field} ${change[field]}, which is after today (${refs.today}); use the real day`, field);
  }
  if (change.recorded < change.date)
    add(
      `was recorded on ${change.recorded}, before Anthropic's change on ${change.date}; "recorded" must be on or after "date"`,
      "recorded",
    );
  const lists = [
    ["sources", refs.sources, "source", "content/model/sources.ts"],
    ["claims", refs.claims, "claim", "content/model/claims/"],
    ["layers", refs.layers, "layer", "content/layers/index.ts"],
  ] as const;
  for (const [field, known, kind, file] of lists) {
    change[field].forEach((id, position) => {
      if (!known.has(id)) add(`names ${kind} "${id}", which does not exist in ${file}`, field, position);
    });
    for (const id of repeated(change[field])) add(`lists ${kind} "${id}" more than once`, field);
  }
  change.verdicts.forEach((move, position) => {
    const cell = `${move.audience} / ${move.data}`;
    if (move.before === move.after)
      add(
        `lists the verdict for ${cell} as moving from "${move.before}" to "${move.after}"; a move must change the verdict, so remove it or correct "before"`,
        "verdicts",
        position,
      );
    for (const account of repeated(move.accounts))
      add(`lists account "${account}" more than once for ${cell}`, "verdicts", position, "accounts");
  });
  return issues;
}

/** Every cross-reference problem in a structurally valid log; empty when the log is sound. */
export function changeLogIssues(changes: readonly Change[], refs: ChangeRefs): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  changes.forEach((change, index) => {
    if (seen.has(change.id))
      issues.push({
        message: `change id "${change.id}" is used twice; each entry needs its own id, which is also its anchor`,
        path: [index, "id"],
      });
    seen.add(change.id);
    issues.push(...entryIssues(change, index, refs));
  });
  return issues;
}

/** The whole log's schema with its cross-reference checks. */
export function changeLogSchemaFor(refs: ChangeRefs) {
  return z.array(changeSchema).superRefine((changes, ctx) => {
    for (const issue of changeLogIssues(changes, refs)) ctx.addIssue({ code: "custom", ...issue });
  });
}
