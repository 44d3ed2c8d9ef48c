/**
 * The shape of a vocabulary row, for the tables in `vocabulary.ts` to satisfy. It imports nothing from
 * those tables, so the tables can be typed by it and `vocabulary-schema.ts` can derive enums from them.
 */
import { z } from "zod";

/** Lower-case words joined by hyphens: safe in URLs, anchors and JSON keys. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case words joined by hyphens");

/** The columns every vocabulary row has. */
export const rowSchema = z
  .object({
    /** Stable id used in situations, rules and URLs. */
    id: idSchema,
    /** A short plain label for people. */
    label: z.string().min(1),
    /** One line saying what the entry means. */
    description: z.string().min(1),
  })
  .strict();

/** An organization setting the questionnaire asks about. */
export const settingRowSchema = rowSchema
  .extend({
    /** The plain question a person can take to someone who knows. */
    question: z.string().min(1),
    /** Who is likely to know the answer, e.g. "your Primary Owner". */
    askWhom: z.string().min(1),
    /** The accounts where the setting exists (ids of `accounts`); a questionnaire may skip it elsewhere. */
    appliesTo: z.array(idSchema).min(1).readonly(),
  })
  .strict();

export type Row = z.infer<typeof rowSchema>;
export type SettingRow = z.infer<typeof settingRowSchema>;
