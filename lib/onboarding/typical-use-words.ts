import { answerRules } from "@/lib/check/answers";
import { inSentence, joinWords } from "@/lib/check/wording";
import { behaviours, labelOf, surfaces } from "@/lib/model/vocabulary";
import type { OnePagerTables, OrgPlan } from "./typical-use";

/**
 * The typical use a plan's column assumes, in words built from the vocabulary's labels: "the Claude apps
 * and Claude Code, signed in with your work account; incognito chats, deleting chats, …".
 */
export function typicalUseWords(
  plans: readonly OrgPlan[],
  { typicalSurfaces, typicalBehaviours, questions }: OnePagerTables,
): { surfaces: string; behaviours?: string } {
  const { asksBehaviours } = answerRules(questions);
  const surfaceIds = [...new Set(plans.flatMap((plan) => typicalSurfaces[plan]))];
  const withApps = plans.some(asksBehaviours);
  return {
    surfaces: joinWords(surfaceIds.map((id) => inSentence(labelOf(surfaces, id)))),
    ...(withApps ? { behaviours: joinWords(typicalBehaviours.map((id) => inSentence(labelOf(behaviours, id)))) } : {}),
  };
}
