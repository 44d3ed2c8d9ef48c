/**
 * The situation: a person's answers to the questionnaire. Everything the engine needs and nothing
 * else; a UI keeps it in the URL and in memory only.
 */
import { z } from "zod";
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from "./limits";
import { settingIds, type SettingId } from "./vocabulary";
import {
  accountIdSchema,
  behaviourIdSchema,
  partnerCloudIdSchema,
  settingIdSchema,
  surfaceIdSchema,
} from "./vocabulary-schema";

/** An answer about an organization setting; "unknown" is a first-class answer, never read as "no". */
export const answerSchema = z.enum(["yes", "no", "unknown"]);

export { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from "./limits";

export const situationSchema = z
  .object({
    /** The account used at work. */
    account: accountIdSchema,
    /** Which partner cloud, when `account` is "partner-cloud"; absent otherwise. */
    partnerCloud: partnerCloudIdSchema.optional(),
    /** The surfaces the person uses, each at most once. */
    surfaces: z.array(surfaceIdSchema),
    /** The things the person does, each at most once. */
    behaviours: z.array(behaviourIdSchema),
    /** Every organization setting, answered yes, no or unknown. */
    settings: z.record(settingIdSchema, answerSchema),
    /** The custom retention period in days, when known; only with custom retention "yes" or "unknown". */
    retentionDays: z.int().min(MIN_RETENTION_DAYS).max(MAX_RETENTION_DAYS).optional(),
  })
  .strict()
  .superRefine((situation, ctx) => {
    if (situation.account === "partner-cloud" && !situation.partnerCloud) {
      ctx.addIssue({
        code: "custom",
        path: ["partnerCloud"],
        message: "say which partner cloud: bedrock, google-cloud or foundry",
      });
    }
    if (situation.account !== "partner-cloud" && situation.partnerCloud) {
      ctx.addIssue({
        code: "custom",
        path: ["partnerCloud"],
        message: `partnerCloud only applies to the "partner-cloud" account, not "${situation.account}"`,
      });
    }
    for (const list of ["surfaces", "behaviours"] as const) {
      const seen = new Set<string>();
      for (const id of situation[list]) {
        if (seen.has(id)) ctx.addIssue({ code: "custom", path: [list], message: `"${id}" is listed twice in ${list}` });
        seen.add(id);
      }
    }
    if (situation.retentionDays !== undefined && situation.settings["custom-retention"] === "no") {
      ctx.addIssue({
        code: "custom",
        path: ["retentionDays"],
        message: 'a retention period is given, but custom retention is answered "no"',
      });
    }
  });

export type Answer = z.infer<typeof answerSchema>;
export type Situation = z.infer<typeof situationSchema>;

/** What a UI may leave out when building a situation: lists default to empty, settings to "unknown". */
export type SituationInput = Pick<Situation, "account"> &
  Partial<Omit<Situation, "account" | "settings">> & { settings?: Partial<Record<SettingId, Answer>> };

/** Builds a valid situation from partial answers, filling every unanswered setting with "unknown". */
export function makeSituation(input: SituationInput): Situation {
  const settings = Object.fromEntries(settingIds.map((id) => [id, input.settings?.[id] ?? "unknown"])) as Record<
    SettingId,
    Answer
  >;
  return situationSchema.parse({
    ...input,
    surfaces: input.surfaces ?? [],
    behaviours: input.behaviours ?? [],
    settings,
  });
}
