/** The engine's output: one verdict for every data kind × audience, and the caveats that apply. */
import { z } from "zod";
import { idSchema } from "./vocabulary-rows";
import { audienceIdSchema, dataKindIdSchema, mechanismIdSchema, settingIdSchema } from "./vocabulary-schema";
import { verdictSchema } from "./content-schema";
import { situationSchema } from "./situation-schema";

export const cellVerdictSchema = z
  .object({
    /** The kind of data. */
    data: dataKindIdSchema,
    /** Who might see it. */
    audience: audienceIdSchema,
    /** yes, possible or no. */
    verdict: verdictSchema,
    /** How the audience gets at it, in vocabulary order; empty for "no". */
    mechanisms: z.array(mechanismIdSchema),
    /** How long it stays reachable; null for "no". */
    window: z.string().min(1).nullable(),
    /** The reason in plain words, ready to show. */
    reason: z.string().min(1),
    /** The claims the verdict rests on (never empty). */
    claims: z.array(idSchema).min(1),
    /** The rules that produced the verdict, so it can say why. */
    rules: z.array(idSchema).min(1),
    /** For "possible": what to ask, and whom, to settle it. */
    question: z.string().min(1).optional(),
    /** Settings answered "unknown" whose answer would change this verdict. */
    dependsOn: z.array(settingIdSchema),
  })
  .strict();

export const reportNoteSchema = z
  .object({
    /** The note's id in the model. */
    id: idSchema,
    /** The caveat, ready to show. */
    text: z.string().min(1),
    /** The claims it rests on. */
    claims: z.array(idSchema).min(1),
    /** "third-party" when every claim behind it rests only on third-party sources: label it so. */
    provenance: z.enum(["official", "third-party"]),
  })
  .strict();

export const reportSchema = z
  .object({
    /** The situation the report answers. */
    situation: situationSchema,
    /** Every data kind × audience, data kinds in vocabulary order, then audiences in vocabulary order. */
    cells: z.array(cellVerdictSchema),
    /** Caveats that apply to this situation, general ones first. */
    notes: z.array(reportNoteSchema),
  })
  .strict();

export type CellVerdict = z.infer<typeof cellVerdictSchema>;
export type ReportNote = z.infer<typeof reportNoteSchema>;
export type Report = z.infer<typeof reportSchema>;
