import { completionTable, holdsForSomeAnswer } from "@/lib/engine/completion-table";
import type { Condition } from "@/lib/model/condition-schema";
import type { Situation } from "@/lib/model/situation-schema";

/** One piece of advice in the report's "What you can do"; shown when its condition can hold. */
export type Advice = { id: string; when: Condition; text: string; claims: readonly string[] };

/**
 * The advice that applies, in the order given (content/check/advice.ts): a condition on an unknown
 * setting counts when either answer could make it hold.
 */
export function adviceFor(situation: Situation, items: readonly Advice[]): Advice[] {
  const table = completionTable(situation);
  return items.filter((item) => holdsForSomeAnswer(table, item.when));
}
