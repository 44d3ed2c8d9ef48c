/**
 * The completions of a situation's unknown settings, built only when asked for. A situation with every
 * setting unknown has 2^11 completions, but a rule, a cell or a note mentions one or two of those settings,
 * so only the completions that vary those few are ever needed: the others give the same answer.
 */
import type { Condition } from "@/lib/model/condition-schema";
import type { Situation } from "@/lib/model/situation-schema";
import { settingIds, type SettingId } from "@/lib/model/vocabulary";
import { holds, settingsIn } from "./condition";
import type { Completion } from "./facts";

export type CompletionTable = {
  /** The situation's settings answered "unknown", in vocabulary order; bit i of a mask stands for unknown[i]. */
  readonly unknown: readonly SettingId[];
  /** The completion with exactly the unknowns in `mask` taken as "yes". */
  at(mask: number): Completion;
  /** The mask of the unknowns among `settings`. */
  maskOf(settings: ReadonlySet<SettingId>): number;
};

export function completionTable(situation: Situation): CompletionTable {
  const unknown = settingIds.filter((id) => situation.settings[id] === "unknown");
  const base = {
    account: situation.account,
    partnerCloud: situation.partnerCloud,
    surfaces: new Set(situation.surfaces),
    behaviours: new Set(situation.behaviours),
    retentionDays: situation.retentionDays,
  };
  const answered = Object.fromEntries(settingIds.map((id) => [id, situation.settings[id]])) as Record<
    SettingId,
    "yes" | "no"
  >;
  const built = new Map<number, Completion>();
  return {
    unknown,
    at(mask) {
      let completion = built.get(mask);
      if (!completion) {
        const settings = { ...answered };
        unknown.forEach((id, bit) => (settings[id] = mask & (1 << bit) ? "yes" : "no"));
        completion = { unknown, mask, facts: { ...base, settings } };
        built.set(mask, completion);
      }
      return completion;
    },
    maskOf(settings) {
      return unknown.reduce((mask, id, bit) => (settings.has(id) ? mask | (1 << bit) : mask), 0);
    },
  };
}

/** Every mask made of some of the bits of `mask`, 0 included, in ascending order. */
export function submasks(mask: number): number[] {
  const found: number[] = [];
  let sub = 0;
  do {
    found.push(sub);
    sub = (sub - mask) & mask;
  } while (sub !== 0);
  return found;
}

/** Whether a condition holds for some answer to the unknown settings: only the ones it mentions are varied. */
export function holdsForSomeAnswer(table: CompletionTable, condition: Condition): boolean {
  return submasks(table.maskOf(settingsIn(condition))).some((mask) => holds(condition, table.at(mask).facts));
}
