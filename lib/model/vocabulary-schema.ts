/**
 * Row schemas for the vocabulary tables, and the enums derived from those tables.
 * The tables themselves live in `vocabulary.ts`; this file only describes their shape.
 */
import { z } from "zod";
import {
  accountIds,
  audienceIds,
  behaviourIds,
  dataKindIds,
  mechanismIds,
  partnerCloudIds,
  settingIds,
  surfaceIds,
} from "./vocabulary";

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

export const accountIdSchema = z.enum(accountIds);
export const partnerCloudIdSchema = z.enum(partnerCloudIds);
export const surfaceIdSchema = z.enum(surfaceIds);
export const behaviourIdSchema = z.enum(behaviourIds);
export const settingIdSchema = z.enum(settingIds);
export const dataKindIdSchema = z.enum(dataKindIds);
export const audienceIdSchema = z.enum(audienceIds);
export const mechanismIdSchema = z.enum(mechanismIds);

/** An organization setting the questionnaire asks about. */
export const settingRowSchema = rowSchema
  .extend({
    /** The plain question a person can take to someone who knows. */
    question: z.string().min(1),
    /** Who is likely to know the answer, e.g. "your Primary Owner". */
    askWhom: z.string().min(1),
    /** The accounts where the setting exists; a questionnaire may skip it elsewhere. */
    appliesTo: z.array(accountIdSchema).min(1).readonly(),
  })
  .strict();

export type Row = z.infer<typeof rowSchema>;
export type SettingRow = z.infer<typeof settingRowSchema>;

/** The whole vocabulary as published. */
export const vocabularySchema = z
  .object({
    accounts: z.array(rowSchema).min(1),
    partnerClouds: z.array(rowSchema).min(1),
    surfaces: z.array(rowSchema).min(1),
    behaviours: z.array(rowSchema).min(1),
    settings: z.array(settingRowSchema).min(1),
    dataKinds: z.array(rowSchema).min(1),
    audiences: z.array(rowSchema).min(1),
    mechanisms: z.array(rowSchema).min(1),
  })
  .strict();
