/**
 * The published vocabulary's schema, and the enums derived from its tables in `vocabulary.ts`, whose
 * rows take their shape from `vocabulary-rows.ts`.
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
import { rowSchema, settingRowSchema } from "./vocabulary-rows";

export const accountIdSchema = z.enum(accountIds);
export const partnerCloudIdSchema = z.enum(partnerCloudIds);
export const surfaceIdSchema = z.enum(surfaceIds);
export const behaviourIdSchema = z.enum(behaviourIds);
export const settingIdSchema = z.enum(settingIds);
export const dataKindIdSchema = z.enum(dataKindIds);
export const audienceIdSchema = z.enum(audienceIds);
export const mechanismIdSchema = z.enum(mechanismIds);

/** A setting row as published: its `appliesTo` names accounts of the vocabulary. */
const publishedSettingRowSchema = settingRowSchema
  .extend({ appliesTo: z.array(accountIdSchema).min(1).readonly() })
  .strict();

/** The whole vocabulary as published. */
export const vocabularySchema = z
  .object({
    accounts: z.array(rowSchema).min(1),
    partnerClouds: z.array(rowSchema).min(1),
    surfaces: z.array(rowSchema).min(1),
    behaviours: z.array(rowSchema).min(1),
    settings: z.array(publishedSettingRowSchema).min(1),
    dataKinds: z.array(rowSchema).min(1),
    audiences: z.array(rowSchema).min(1),
    mechanisms: z.array(rowSchema).min(1),
  })
  .strict();
