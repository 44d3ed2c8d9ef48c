import type { QuestionTables } from "@/lib/check/answers";
import type { AccountId, BehaviourId, SurfaceId } from "@/lib/model/vocabulary";

/** The plans an organization can give its staff: every account but a personal one. */
export type OrgPlan = Exclude<AccountId, "personal">;

/**
 * What the one-pager assumes and shows, from content/onboarding/typical-use.ts, with the check's
 * question tables it builds each plan's situation through.
 */
export type OnePagerTables = {
  /** The products most staff use on each plan. */
  typicalSurfaces: Readonly<Record<OrgPlan, readonly SurfaceId[]>>;
  /** What a person does in the Claude apps, where the plan has them. */
  typicalBehaviours: readonly BehaviourId[];
  /** The plans the general edition shows side by side. */
  generalEditionPlans: readonly OrgPlan[];
  /** Ids of the model's caveats the one-pager shows. */
  onePagerNotes: readonly string[];
  questions: QuestionTables;
};
