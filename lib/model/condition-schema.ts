/**
 * When a rule or note applies: a literal-discriminated union on `kind`, evaluated by an exhaustive
 * switch in `lib/engine/condition.ts`. Conditions mention settings only as "yes" or "no": an unknown
 * setting is the engine's business (it tries both answers), never a rule's.
 */
import { z } from "zod";
import {
  accountIdSchema,
  behaviourIdSchema,
  partnerCloudIdSchema,
  settingIdSchema,
  surfaceIdSchema,
} from "./vocabulary-schema";

const allCondition = z
  .object({
    kind: z.literal("all"),
    /** Holds when every one of these holds (and when the list is empty). */
    get of(): z.ZodArray<typeof conditionSchema> {
      return z.array(conditionSchema);
    },
  })
  .strict();

const anyCondition = z
  .object({
    kind: z.literal("any"),
    /** Holds when at least one of these holds. */
    get of(): z.ZodArray<typeof conditionSchema> {
      return z.array(conditionSchema).min(1);
    },
  })
  .strict();

const notCondition = z
  .object({
    kind: z.literal("not"),
    /** Holds when this does not. */
    get condition(): typeof conditionSchema {
      return conditionSchema;
    },
  })
  .strict();

const accountCondition = z
  .object({
    kind: z.literal("account"),
    /** Holds when the situation's account is one of these. */
    in: z.array(accountIdSchema).min(1),
  })
  .strict();

const partnerCloudCondition = z
  .object({
    kind: z.literal("partnerCloud"),
    /** Holds when the account is a partner cloud and it is one of these. */
    in: z.array(partnerCloudIdSchema).min(1),
  })
  .strict();

const surfaceCondition = z
  .object({
    kind: z.literal("surface"),
    /** Holds when the person uses at least one of these surfaces. */
    in: z.array(surfaceIdSchema).min(1),
  })
  .strict();

const behaviourCondition = z
  .object({
    kind: z.literal("behaviour"),
    /** Holds when the person does at least one of these things. */
    in: z.array(behaviourIdSchema).min(1),
  })
  .strict();

const settingCondition = z
  .object({
    kind: z.literal("setting"),
    /** The organization setting to test. */
    setting: settingIdSchema,
    /** The answer that makes the condition hold; "unknown" is deliberately not allowed here. */
    is: z.enum(["yes", "no"]),
  })
  .strict();

export const conditionSchema = z.discriminatedUnion("kind", [
  allCondition,
  anyCondition,
  notCondition,
  accountCondition,
  partnerCloudCondition,
  surfaceCondition,
  behaviourCondition,
  settingCondition,
]);

export type Condition = z.infer<typeof conditionSchema>;
export type ConditionKind = Condition["kind"];
