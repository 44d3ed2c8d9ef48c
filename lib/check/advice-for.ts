import { holds } from "@/lib/engine/condition";
import { completions } from "@/lib/engine/facts";
import type { Condition } from "@/lib/model/condition-schema";
import type { Situation } from "@/lib/model/situation-schema";

/** One piece of advice in the report's "What you can do"; shown when its condition can hold. */
export type Advice = { id: string; when: Condition; text: string; claims: readonly string[] };

/**
 * The advice that applies, in the order given (content/check/advice.ts): a condition on an unknown
 * setting counts when either answer could make it hold.
 */
export function adviceFor(situation: Situation, items: readonly Advice[]): Advice[] {
  const possibleFacts = completions(situation).map((completion) => completion.facts);
  return items.filter((item) => possibleFacts.some((facts) => holds(item.when, facts)));
}
