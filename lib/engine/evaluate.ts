/**
 * The engine: a pure, deterministic function from a situation to a report. No React, Next or Node
 * imports, so it runs in the browser, in unit tests and in a plain Node script.
 */
import type { Rule } from "@/lib/model/content-schema";
import type { Model } from "@/lib/model/model-schema";
import { modelForBrowser as defaultModel } from "@/lib/content/model";
import { claimById, claimProvenance } from "@/lib/model/lookups";
import type { CellVerdict, Report, ReportNote } from "@/lib/model/report-schema";
import type { Situation } from "@/lib/model/situation-schema";
import { audienceIds, dataKindIds, type AudienceId, type DataKindId } from "@/lib/model/vocabulary";
import { cellKey, type CellKey } from "./cell-key";
import { holds, settingsIn } from "./condition";
import { completions, type Completion } from "./facts";
import { decide, type Outcome } from "./decide";
import { mergeOutcomes, type CompletionOutcome } from "./merge";

type Indexed = {
  /** For each cell, the positions in `model.rules` of the rules that speak about it. */
  readonly byCell: ReadonlyMap<CellKey, readonly number[]>;
  readonly order: ReadonlyMap<Rule, number>;
};

/** The rules that speak about each cell, in model order; built once per model. */
const indexes = new WeakMap<Model, Indexed>();
function indexOf(model: Model): Indexed {
  const cached = indexes.get(model);
  if (cached) return cached;
  const byCell = new Map<CellKey, number[]>();
  model.rules.forEach((rule, position) => {
    for (const data of rule.data) {
      for (const audience of rule.audiences) {
        const key = cellKey(data, audience);
        byCell.set(key, [...(byCell.get(key) ?? []), position]);
      }
    }
  });
  const indexed = { byCell, order: new Map(model.rules.map((rule, index) => [rule, index])) };
  indexes.set(model, indexed);
  return indexed;
}

function notesFor(model: Model, all: readonly Completion[]): ReportNote[] {
  const official = (id: string) => claimProvenance(claimById(id, model), model) === "official";
  return model.notes
    .filter((note) => all.some(({ facts }) => holds(note.when, facts)))
    .map((note) => ({
      id: note.id,
      text: note.text,
      claims: [...note.claims],
      provenance: note.claims.some(official) ? "official" : "third-party",
    }));
}

/**
 * matched[c][r] is 1 when rule r holds in completion c. A rule is evaluated once per combination of the
 * unknown settings it mentions, since the others cannot change its result; most rules mention none.
 */
function matchRules(model: Model, all: readonly Completion[]): { matched: Uint8Array[]; relevant: number[] } {
  const matched = all.map(() => new Uint8Array(model.rules.length));
  const unknown = all[0]?.unknown ?? [];
  const relevantMasks = model.rules.map((rule) => {
    const mentioned = settingsIn(rule.when);
    return unknown.reduce((mask, id, bit) => (mentioned.has(id) ? mask | (1 << bit) : mask), 0);
  });
  model.rules.forEach((rule, position) => {
    const relevant = relevantMasks[position] ?? 0;
    const results = new Map<number, number>();
    all.forEach((completion, index) => {
      const projection = completion.mask & relevant;
      let result = results.get(projection);
      if (result === undefined) {
        result = holds(rule.when, completion.facts) ? 1 : 0;
        results.set(projection, result);
      }
      (matched[index] as Uint8Array)[position] = result;
    });
  });
  return { matched, relevant: relevantMasks };
}

/**
 * Evaluates a situation: every data kind × audience gets a verdict with its mechanisms, window, reason,
 * claims and rules. Unknown settings are tried both ways; a cell whose verdict depends on them is
 * "possible" and says which question settles it. Throws if the rules leave a cell uncovered, which the
 * property tests rule out.
 */
export function evaluate(situation: Situation, model: Model = defaultModel): Report {
  const { byCell, order } = indexOf(model);
  const all = completions(situation);
  const { matched, relevant } = matchRules(model, all);
  const cells: CellVerdict[] = [];
  for (const data of dataKindIds) {
    for (const audience of audienceIds) {
      const positions = byCell.get(cellKey(data, audience)) ?? [];
      // Only the unknowns this cell's rules mention can change it: look at the completions that vary
      // those and leave every other unknown at its first answer.
      const cellMask = positions.reduce((mask, position) => mask | (relevant[position] ?? 0), 0);
      const varying = all.filter((completion) => (completion.mask & ~cellMask) === 0);
      const decided = new Map<string, Outcome | undefined>();
      const outcomes: CompletionOutcome[] = varying.map((completion) => {
        const flags = matched[completion.mask] ?? new Uint8Array();
        const matching = positions.filter((position) => flags[position] === 1);
        const key = matching.join(",");
        if (!decided.has(key)) decided.set(key, decide(matching.map((position) => model.rules[position] as Rule)));
        const outcome = decided.get(key);
        if (!outcome) {
          throw new Error(
            `No rule covers "${data}" for "${audience}" in ${JSON.stringify({ ...situation, settings: completion.facts.settings })}; add a rule or a "no" that explains it.`,
          );
        }
        return { completion, outcome };
      });
      const alwaysMatching = positions
        .filter((position) => varying.every((completion) => matched[completion.mask]?.[position] === 1))
        .map((position) => model.rules[position] as Rule);
      cells.push(mergeOutcomes({ data, audience, outcomes, alwaysMatching, order }, situation));
    }
  }
  return { situation, cells, notes: notesFor(model, all) };
}

/** The verdict for one cell of a report; throws if the report lacks it, which `evaluate` never allows. */
export function cellOf(report: Report, data: DataKindId, audience: AudienceId): CellVerdict {
  const cell = report.cells.find((candidate) => candidate.data === data && candidate.audience === audience);
  if (!cell) throw new Error(`The report has no cell for "${data}" × "${audience}"`);
  return cell;
}
