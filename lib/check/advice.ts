import { advice as allAdvice, type Advice } from "@/content/check/advice";
import { holds } from "@/lib/engine/condition";
import { completions } from "@/lib/engine/facts";
import type { Situation } from "@/lib/model/situation-schema";

/** The advice that applies: a condition on an unknown setting counts when either answer could make it hold. */
export function adviceFor(situation: Situation, items: readonly Advice[] = allAdvice): Advice[] {
  const possibleFacts = completions(situation).map((completion) => completion.facts);
  return items.filter((item) => possibleFacts.some((facts) => holds(item.when, facts)));
}
