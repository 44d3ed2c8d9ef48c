/**
 * Turns what every completion says about a cell into one verdict. Where all completions agree, that is
 * the verdict; where they disagree, the cell is "possible" and names the unknown settings that decide it.
 */
import type { Rule } from "@/lib/model/content-schema";
import type { CellVerdict } from "@/lib/model/report-schema";
import type { Situation } from "@/lib/model/situation-schema";
import { mechanismIds, settings, type AudienceId, type DataKindId, type SettingId } from "@/lib/model/vocabulary";
import { verdictRank, type Outcome } from "./decide";
import type { Completion } from "./facts";
import { fillPlaceholders } from "./retention";

/** One completion's outcome for the cell. */
export type CompletionOutcome = { readonly completion: Completion; readonly outcome: Outcome };

/** Everything `mergeOutcomes` needs about one cell. */
export type CellEvidence = {
  readonly data: DataKindId;
  readonly audience: AudienceId;
  /** One outcome per completion that varies the unknowns this cell's rules mention; at least one. */
  readonly outcomes: readonly CompletionOutcome[];
  /** The cell's rules that match in every completion, in model order. */
  readonly alwaysMatching: readonly Rule[];
  /** Each rule's position in the model, so merged texts keep the authored order. */
  readonly order: ReadonlyMap<Rule, number>;
};

const distinct = <T>(items: readonly T[]): T[] => [...new Set(items)];

function rulesOf(outcomes: readonly CompletionOutcome[], order: ReadonlyMap<Rule, number>): Rule[] {
  const distinctOutcomes = distinct(outcomes.map(({ outcome }) => outcome));
  return distinct(distinctOutcomes.flatMap((outcome) => outcome.rules)).sort(
    (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
}

/** Distinct filled texts of the rules; windows are also split at "; " so shared parts appear once. */
function texts(rules: readonly Rule[], field: "reason" | "window" | "question", situation: Situation): string[] {
  const filled = rules.flatMap((rule) => (rule[field] ? [fillPlaceholders(rule[field], situation)] : []));
  return distinct(field === "window" ? filled.flatMap((text) => text.split("; ")) : filled);
}

function mechanismsOf(rules: readonly Rule[]): CellVerdict["mechanisms"] {
  const used = new Set(rules.flatMap((rule) => rule.mechanisms));
  return mechanismIds.filter((id) => used.has(id));
}

/**
 * Unknown settings whose answer alone changes the verdict, in vocabulary order: some pair of outcomes
 * differs only in that setting and has different verdicts. Outcomes may cover only some completions.
 */
export function decidingSettings(outcomes: readonly CompletionOutcome[]): SettingId[] {
  const unknown = outcomes[0]?.completion.unknown ?? [];
  const verdictAt = new Map(outcomes.map(({ completion, outcome }) => [completion.mask, outcome.verdict]));
  return unknown.filter((_, bit) =>
    outcomes.some(({ completion, outcome }) => {
      const flipped = verdictAt.get(completion.mask ^ (1 << bit));
      return flipped !== undefined && flipped !== outcome.verdict;
    }),
  );
}

function settingQuestion(id: SettingId): string {
  const setting = settings.find((row) => row.id === id);
  return setting ? `${setting.question} Ask ${setting.askWhom}.` : id;
}

function settingLabels(ids: readonly SettingId[]): string {
  return ids.map((id) => settings.find((row) => row.id === id)?.label ?? id).join(", ");
}

/**
 * A "no" is best explained by one rule that holds however the unknowns are answered: the first such
 * gate, else the first such "no". Only when none exists are the per-completion explanations combined.
 */
function explainNo(evidence: CellEvidence): Rule[] {
  const steady =
    evidence.alwaysMatching.find((rule) => rule.gate) ?? evidence.alwaysMatching.find((rule) => rule.verdict === "no");
  return steady ? [steady] : rulesOf(evidence.outcomes, evidence.order);
}

/** One cell's verdict from the outcomes of every completion. */
export function mergeOutcomes(evidence: CellEvidence, situation: Situation): CellVerdict {
  const { data, audience, outcomes, order } = evidence;
  const verdicts = distinct(outcomes.map(({ outcome }) => outcome.verdict));
  const [only] = verdicts;
  if (verdicts.length === 1 && only) {
    const rules = only === "no" ? explainNo(evidence) : rulesOf(outcomes, order);
    const question = texts(rules, "question", situation).join(" ");
    return {
      data,
      audience,
      verdict: only,
      mechanisms: mechanismsOf(rules),
      window: only === "no" ? null : texts(rules, "window", situation).join("; "),
      reason: texts(rules, "reason", situation).join(" "),
      claims: distinct(rules.flatMap((rule) => rule.claims)),
      rules: rules.map((rule) => rule.id),
      ...(only === "possible" && question ? { question } : {}),
      dependsOn: [],
    };
  }
  const allRules = rulesOf(outcomes, order);
  const strongest = Math.max(...verdicts.map((verdict) => verdictRank[verdict]));
  const shown = rulesOf(
    outcomes.filter(({ outcome }) => verdictRank[outcome.verdict] === strongest),
    order,
  );
  const dependsOn = decidingSettings(outcomes);
  const plural = dependsOn.length === 1 ? "a setting" : "settings";
  return {
    data,
    audience,
    verdict: "possible",
    mechanisms: mechanismsOf(shown),
    window: texts(shown, "window", situation).join("; "),
    reason: [
      `It depends on ${plural} you did not know (${settingLabels(dependsOn)}).`,
      ...texts(shown, "reason", situation),
    ].join(" "),
    claims: distinct(allRules.flatMap((rule) => rule.claims)),
    rules: allRules.map((rule) => rule.id),
    question: [...dependsOn.map(settingQuestion), ...texts(shown, "question", situation)].join(" "),
    dependsOn,
  };
}
