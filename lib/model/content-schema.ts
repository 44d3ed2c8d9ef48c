/**
 * Schemas for what editors write in `content/model/`: sources, claims, rules and report notes.
 * Cross-references between them (a claim's source exists, a rule's claims exist) are checked by
 * `modelSchema` in `model-schema.ts`, which sees the whole model at once.
 */
import { z } from "zod";
import { conditionSchema } from "./condition-schema";
import { idSchema } from "./vocabulary-rows";
import { audienceIdSchema, dataKindIdSchema, mechanismIdSchema } from "./vocabulary-schema";

/** A calendar date, YYYY-MM-DD; impossible dates such as 2026-02-30 are refused. */
export const isoDateSchema = z.iso.date();

/** The only placeholder rule texts may use; the engine fills it from the situation. */
export const placeholders = ["{retention}"] as const;

export const sourceSchema = z
  .object({
    /** Stable id, also the page anchor `#source-<id>`. */
    id: idSchema,
    /** The page's own title. */
    title: z.string().min(1),
    /** Who publishes the page, e.g. "Anthropic (Claude Help Center)". */
    publisher: z.string().min(1),
    /** The page's address. For an official page read through a copy, still the official address. */
    url: z.url({ protocol: /^https$/ }),
    /** "official" for Anthropic's own docs, help centre and privacy centre; anything else is "third-party". */
    kind: z.enum(["official", "third-party"]),
    /** When the page was last checked (YYYY-MM-DD). */
    lastChecked: isoDateSchema,
    /** Where the text was actually read when that was a copy of the page, e.g. a mirror's address. */
    readFrom: z.string().min(1).optional(),
    /** Anything a reader should know about this copy, e.g. that it is an older version or a translation. */
    note: z.string().min(1).optional(),
    /**
     * The folder under content/sources/snapshots/ holding the stored copies of this page, e.g.
     * "platform.claude.com/docs/en/manage-claude/cmek". Every official source has one; quotes are
     * checked against its newest copy.
     */
    snapshot: z
      .string()
      .regex(
        /^[a-z0-9.-]+\.[a-z]+(\/[\w.~%-]+)+$/,
        "a snapshot folder is a host and a path, e.g. support.claude.com/en/articles/9970975-access-audit-logs",
      )
      .optional(),
  })
  .strict()
  .superRefine((source, ctx) => {
    if (source.kind === "official" && !source.snapshot)
      ctx.addIssue({
        code: "custom",
        message: `source "${source.id}" is official, so it must name its snapshot folder (run npm run sources:import to store a copy)`,
        path: ["snapshot"],
      });
  });

export const citationSchema = z
  .object({
    /** Id of the source quoted. */
    source: idSchema,
    /** A short verbatim quote from that source. */
    quote: z.string().trim().min(1, "a citation needs a verbatim quote"),
  })
  .strict();

export const claimSchema = z
  .object({
    /** Stable id, also the page anchor `#claim-<id>`. */
    id: idSchema,
    /** The fact, in plain words, as the site states it. */
    statement: z.string().min(1),
    /** The quotes the fact rests on; official sources first. */
    citations: z.array(citationSchema).min(1),
    /** When the quotes were last checked against their sources (YYYY-MM-DD). */
    verified: isoDateSchema,
    /** Present when official pages disagree: the citations hold both versions. */
    dispute: z
      .object({
        /** How the site resolves the disagreement, in one or two sentences. */
        resolution: z.string().min(1),
      })
      .strict()
      .optional(),
    /** Extra context, e.g. how an older version of a page differed. */
    note: z.string().min(1).optional(),
  })
  .strict();

export const verdictSchema = z.enum(["yes", "possible", "no"]);

export const ruleSchema = z
  .object({
    /** Stable id, named in reports so every verdict can say which rules produced it. */
    id: idSchema,
    /** When the rule applies. */
    when: conditionSchema,
    /** The kinds of data it speaks about. */
    data: z.array(dataKindIdSchema).min(1),
    /** Who it speaks about. */
    audiences: z.array(audienceIdSchema).min(1),
    /** "yes" and "possible" grant visibility; "no" explains why a cell is closed. */
    verdict: verdictSchema,
    /**
     * Only with "no": the cell is closed whatever grants match, because the data or the role does not
     * exist in this situation (you never uploaded a file; a personal plan has no Owners).
     */
    gate: z.literal(true).optional(),
    /** How the audience gets at the data; empty for "no". */
    mechanisms: z.array(mechanismIdSchema),
    /** How long the data stays reachable; may use {retention}. Absent for "no". */
    window: z.string().min(1).optional(),
    /** One plain sentence the report shows as the reason; may use {retention}. */
    reason: z.string().min(1),
    /** For "possible": the question that would settle it. */
    question: z.string().min(1).optional(),
    /** The claims the rule rests on. */
    claims: z.array(idSchema).min(1),
  })
  .strict()
  .superRefine((rule, ctx) => {
    const where = `rule "${rule.id}"`;
    const problem = (message: string, path: string) =>
      ctx.addIssue({ code: "custom", message: `${where} ${message}`, path: [path] });
    if (rule.verdict === "no") {
      if (rule.mechanisms.length > 0) problem('says "no", so it must list no mechanisms', "mechanisms");
      if (rule.window) problem('says "no", so it must have no window', "window");
      if (rule.question) problem('says "no", so it must have no question', "question");
    } else {
      if (rule.mechanisms.length === 0)
        problem(`says "${rule.verdict}", so it must name at least one mechanism`, "mechanisms");
      if (!rule.window)
        problem(`says "${rule.verdict}", so it must say how long the data stays reachable (window)`, "window");
    }
    if (rule.gate && rule.verdict !== "no")
      problem(`is a gate, so its verdict must be "no", not "${rule.verdict}"`, "gate");
    if (rule.verdict === "possible" && !rule.question)
      problem('says "possible", so it must give the question that would settle it', "question");
    if (rule.verdict === "yes" && rule.question) problem('says "yes", so it must not ask a question', "question");
    for (const field of ["reason", "window", "question"] as const) {
      for (const found of rule[field]?.match(/\{[^}]*\}/g) ?? []) {
        if (!(placeholders as readonly string[]).includes(found))
          problem(`uses the unknown placeholder ${found} in its ${field}; only {retention} exists`, field);
      }
    }
  });

export const noteSchema = z
  .object({
    /** Stable id. */
    id: idSchema,
    /** When the note belongs in a report. */
    when: conditionSchema,
    /** The caveat, in plain words. */
    text: z.string().min(1),
    /** The claims it rests on; a note resting only on third-party claims is labelled third-party. */
    claims: z.array(idSchema).min(1),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Note = z.infer<typeof noteSchema>;
