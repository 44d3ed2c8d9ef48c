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
import { audienceIds, dataKindIds, type AudienceId, type DataKindId, type SettingId } from "@/lib/model/vocabulary";
import { cellKey, type CellKey } from "./cell-key";
import { holds, settingsIn } from "./condition";
import { completionTable, holdsForSomeAnswer, submasks, type CompletionTable } from "./completion-table";
import { decide, type Outcome } from "./decide";
import { mergeOutcomes, type CompletionOutcome } from "./merge";
import { recentResults } from "./recent-results";
import { retentionPhrase } from "./retention";

type Indexed = {
  /** For each cell, the positions in `model.rules` of the rules that speak about it. */
  readonly byCell: ReadonlyMap<CellKey, readonly number[]>;
  readonly order: ReadonlyMap<Rule, number>;
  /** For each rule, the settings its condition mentions. */
  readonly mentions: readonly ReadonlySet<SettingId>[];
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
  const indexed = {
    byCell,
    order: new Map(model.rules.map((rule, index) => [rule, index])),
    mentions: model.rules.map((rule) => settingsIn(rule.when)),
  };
  indexes.set(model, indexed);
  return indexed;
}

function notesFor(model: Model, table: CompletionTable): ReportNote[] {
  const official = (id: string) => claimProvenance(claimById(id, model), model) === "official";
  return model.notes
    .filter((note) => holdsForSomeAnswer(table, note.when))
    .map((note) => ({
      id: note.id,
      text: note.text,
      claims: [...note.claims],
      provenance: note.claims.some(official) ? "official" : "third-party",
    }));
}

/**
 * Whether rule r holds in the completion `mask`, worked out once per combination of the unknown settings
 * the rule mentions, since the others cannot change its result; most rules mention none.
 */
function ruleMatcher(model: Model, table: CompletionTable, mentions: readonly ReadonlySet<SettingId>[]) {
  const relevant = mentions.map((settings) => table.maskOf(settings));
  const results = model.rules.map(() => new Map<number, boolean>());
  const matches = (position: number, mask: number): boolean => {
    const projection = mask & (relevant[position] ?? 0);
    const known = results[position]!;
    let result = known.get(projection);
    if (result === undefined) {
      result = holds((model.rules[position] as Rule).when, table.at(projection).facts);
      known.set(projection, result);
    }
    return result;
  };
  return { relevant, matches };
}

/**
 * Cell verdicts already merged, per model, by everything the merge reads: the cell, the unknown settings,
 * the rules matching in each completion that varies them, and the retention wording the texts are filled
 * with. One answer changes a few cells, so the check's next report takes most of its cells from here.
 * Verdicts are never changed once made, so one can stand in several reports.
 */
const mergedCells = new WeakMap<Model, (key: string, merge: () => CellVerdict) => CellVerdict>();

function mergedCellsOf(model: Model) {
  let cells = mergedCells.get(model);
  // Enough for every cell of a few dozen reports.
  if (!cells) mergedCells.set(model, (cells = recentResults<CellVerdict>(2048)));
  return cells;
}

/**
 * Evaluates a situation: every data kind × audience gets a verdict with its mechanisms, window, reason,
 * claims and rules. Unknown settings are tried both ways; a cell whose verdict depends on them is
 * "possible" and says which question settles it. Throws if the rules leave a cell uncovered, which the
 * property tests rule out.
 */
export function evaluate(situation: Situation, model: Model = defaultModel): Report {
  const { byCell, order, mentions } = indexOf(model);
  const table = completionTable(situation);
  const { relevant, matches } = ruleMatcher(model, table, mentions);
  const merged = mergedCellsOf(model);
  const situationKey = `${table.unknown.join(",")}|${retentionPhrase(situation)}`;
  const cells: CellVerdict[] = [];
  for (const data of dataKindIds) {
    for (const audience of audienceIds) {
      const positions = byCell.get(cellKey(data, audience)) ?? [];
      // Only the unknowns this cell's rules mention can change it: look at the completions that vary
      // those and leave every other unknown at its first answer.
      const cellMask = positions.reduce((mask, position) => mask | (relevant[position] ?? 0), 0);
      const varying = submasks(cellMask).map((mask) => table.at(mask));
      const matchingIn = varying.map((completion) =>
        positions.filter((position) => matches(position, completion.mask)),
      );
      const mergeKey = [
        data,
        audience,
        situationKey,
        ...varying.map(({ mask }, index) => `${mask}:${matchingIn[index]}`),
      ].join("|");
      const cell = merged(mergeKey, () => {
        const decided = new Map<string, Outcome | undefined>();
        const outcomes: CompletionOutcome[] = varying.map((completion, index) => {
          const matching = matchingIn[index]!;
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
          .filter((position) => matchingIn.every((matching) => matching.includes(position)))
          .map((position) => model.rules[position] as Rule);
        return mergeOutcomes({ data, audience, outcomes, alwaysMatching, order }, situation);
      });
      cells.push(cell);
    }
  }
  return { situation, cells, notes: notesFor(model, table) };
}

/** The verdict for one cell of a report; throws if the report lacks it, which `evaluate` never allows. */
export function cellOf(report: Report, data: DataKindId, audience: AudienceId): CellVerdict {
  const cell = report.cells.find((candidate) => candidate.data === data && candidate.audience === audience);
  if (!cell) throw new Error(`The report has no cell for "${data}" × "${audience}"`);
  return cell;
}
