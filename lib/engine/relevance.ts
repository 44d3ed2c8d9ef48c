/**
 * Which open questions can change a report: the engine's answer to "is this worth asking?". Pure, with
 * no React, Next or Node imports, like the rest of the engine. A question is worth asking when some cell's
 * outcome (its verdict and the rules behind it) or some note differs between its two answers, for at least
 * one way of answering the other open questions. Everything else stays as it is: the account and the
 * surfaces are given, and so are the settings already answered.
 */
import type { Condition } from "@/lib/model/condition-schema";
import type { Rule } from "@/lib/model/content-schema";
import type { Model } from "@/lib/model/model-schema";
import { modelForBrowser as defaultModel } from "@/lib/content/model";
import type { Answer } from "@/lib/model/situation-schema";
import {
  settingIds,
  type AccountId,
  type BehaviourId,
  type PartnerCloudId,
  type SettingId,
  type SurfaceId,
} from "@/lib/model/vocabulary";
import { cellKey, type CellKey } from "./cell-key";
import { submasks } from "./completion-table";
import { holds } from "./condition";
import { decide } from "./decide";
import { fillPlaceholders } from "./retention";
import type { Facts } from "./facts";
import { recentResults } from "./recent-results";

/** What is known while the questions are still being answered. */
export type OpenSituation = {
  readonly account: AccountId;
  readonly partnerCloud?: PartnerCloudId;
  readonly surfaces: readonly SurfaceId[];
  /** The behaviours, once the person has answered; undefined while every behaviour is still open. */
  readonly behaviours?: readonly BehaviourId[];
  /** Settings answered "yes" or "no" are given; a missing or "unknown" one is open. */
  readonly settings: Partial<Record<SettingId, Answer>>;
};

/** One yes-or-no fact a question settles: a behaviour (ticked or not) or an organization setting. */
export type Atom =
  { readonly kind: "behaviour"; readonly id: BehaviourId } | { readonly kind: "setting"; readonly id: SettingId };

const atomKey = (atom: Atom) => `${atom.kind}:${atom.id}`;

/** What the {retention} placeholder reads (see `retention.ts`): the custom retention answer and projects. */
const retentionAtoms = [
  atomKey({ kind: "setting", id: "custom-retention" }),
  atomKey({ kind: "behaviour", id: "projects" }),
];
const hasRetention = (rule: Rule) =>
  [rule.reason, rule.window, rule.question].some((text) => text?.includes("{retention}"));

/** A condition's value with some atoms open: decided, or open on the atoms it still depends on. */
type Partial3 = { readonly value: boolean } | { readonly value: "open"; readonly atoms: ReadonlySet<string> };

/** The situation as the partial evaluation sees it: what is known, and which atoms are open. */
type Known = { readonly situation: OpenSituation; readonly open: ReadonlySet<string> };

/** Evaluates a condition as far as the known answers go; an exhaustive switch, like `holds`. */
function partial(condition: Condition, known: Known): Partial3 {
  const { situation, open } = known;
  switch (condition.kind) {
    case "all":
    case "any": {
      const decisive = condition.kind === "all" ? false : true;
      const atoms = new Set<string>();
      for (const inner of condition.of) {
        const result = partial(inner, known);
        if (result.value === decisive) return { value: decisive };
        if (result.value === "open") result.atoms.forEach((atom) => atoms.add(atom));
      }
      return atoms.size > 0 ? { value: "open", atoms } : { value: !decisive };
    }
    case "not": {
      const result = partial(condition.condition, known);
      return result.value === "open" ? result : { value: !result.value };
    }
    case "account":
      return { value: condition.in.includes(situation.account) };
    case "partnerCloud":
      return {
        value:
          situation.account === "partner-cloud" &&
          situation.partnerCloud !== undefined &&
          condition.in.includes(situation.partnerCloud),
      };
    case "surface":
      return { value: condition.in.some((id) => situation.surfaces.includes(id)) };
    case "behaviour": {
      const keys = condition.in.map((id) => atomKey({ kind: "behaviour", id }));
      const openKeys = keys.filter((key) => open.has(key));
      if (condition.in.some((id, index) => !open.has(keys[index]!) && situation.behaviours?.includes(id))) {
        return { value: true };
      }
      return openKeys.length > 0 ? { value: "open", atoms: new Set(openKeys) } : { value: false };
    }
    case "setting": {
      const key = atomKey({ kind: "setting", id: condition.setting });
      if (open.has(key)) return { value: "open", atoms: new Set([key]) };
      return { value: situation.settings[condition.setting] === condition.is };
    }
    default: {
      const unhandled: never = condition;
      throw new Error(`Unknown condition kind in ${JSON.stringify(unhandled)}`);
    }
  }
}

/** What is judged together: the rules about one cell, or one note on its own. */
type Group =
  { readonly kind: "cell"; readonly rules: readonly Rule[] } | { readonly kind: "note"; readonly when: Condition };

const groupsByModel = new WeakMap<Model, readonly Group[]>();
function groupsOf(model: Model): readonly Group[] {
  const cached = groupsByModel.get(model);
  if (cached) return cached;
  const byCell = new Map<CellKey, Rule[]>();
  for (const rule of model.rules) {
    for (const data of rule.data) {
      for (const audience of rule.audiences) {
        const key = cellKey(data, audience);
        byCell.set(key, [...(byCell.get(key) ?? []), rule]);
      }
    }
  }
  const groups: Group[] = [...byCell.values()].map((rules) => ({ kind: "cell", rules }));
  for (const note of model.notes) groups.push({ kind: "note", when: note.when });
  groupsByModel.set(model, groups);
  return groups;
}

/**
 * A group narrowed to what the known answers leave open: the conditions that can still hold, and the
 * open atoms they (and the {retention} texts of rules that can still match) depend on.
 */
function narrow(group: Group, known: Known): { group: Group; atoms: Set<string> } {
  const atoms = new Set<string>();
  const keep = (condition: Condition) => {
    const result = partial(condition, known);
    if (result.value === "open") result.atoms.forEach((atom) => atoms.add(atom));
    return result.value !== false;
  };
  if (group.kind === "note") {
    keep(group.when);
    return { group, atoms };
  }
  const rules = group.rules.filter((rule) => {
    const possible = keep(rule.when);
    if (possible && hasRetention(rule))
      retentionAtoms.filter((key) => known.open.has(key)).forEach((key) => atoms.add(key));
    return possible;
  });
  return { group: { kind: "cell", rules }, atoms };
}

/** Concrete facts: the situation's answers, with each open atom true exactly when it is in `on`. */
function factsFor(known: Known, on: ReadonlySet<string>): Facts {
  const { situation, open } = known;
  const behaviours = new Set<BehaviourId>(
    (situation.behaviours ?? []).filter((id) => !open.has(atomKey({ kind: "behaviour", id }))),
  );
  for (const key of on) {
    if (key.startsWith("behaviour:")) behaviours.add(key.slice("behaviour:".length) as BehaviourId);
  }
  const settings = {} as Record<SettingId, "yes" | "no">;
  for (const id of settingIds) {
    const key = atomKey({ kind: "setting", id });
    const answer = situation.settings[id];
    settings[id] = open.has(key) ? (on.has(key) ? "yes" : "no") : answer === "yes" ? "yes" : "no";
  }
  return {
    account: situation.account,
    partnerCloud: situation.partnerCloud,
    surfaces: new Set(situation.surfaces),
    behaviours,
    settings,
    retentionDays: undefined,
  };
}

/**
 * What a group says under some facts: for a cell, its verdict, the rules behind it and their texts with
 * placeholders filled (how long a chat is kept depends on settings and behaviours that may change no
 * verdict); for a note, whether it shows.
 */
function outcomeOf(group: Group, facts: Facts): string {
  if (group.kind === "note") return holds(group.when, facts) ? "shown" : "hidden";
  const outcome = decide(group.rules.filter((rule) => holds(rule.when, facts)));
  if (!outcome) return "uncovered";
  const answers = { account: facts.account, settings: facts.settings, behaviours: [...facts.behaviours] };
  const texts = outcome.rules.map((rule) =>
    [rule.reason, rule.window ?? "", rule.question ?? ""].map((text) => fillPlaceholders(text, answers)).join("|"),
  );
  return JSON.stringify([outcome.verdict, outcome.rules.map((rule) => rule.id), texts]);
}

/** The atoms still open: every behaviour until the behaviours are answered, and every unanswered setting. */
function openAtoms(situation: OpenSituation, model: Model): Set<string> {
  const open = new Set<string>();
  if (!situation.behaviours) {
    for (const row of model.vocabulary.behaviours) open.add(atomKey({ kind: "behaviour", id: row.id as BehaviourId }));
  }
  for (const id of settingIds) {
    const answer = situation.settings[id];
    if (answer !== "yes" && answer !== "no") open.add(atomKey({ kind: "setting", id }));
  }
  return open;
}

/** A group narrowed to one known state: its open atoms in a fixed order, and the outcomes found so far. */
type Narrowed = {
  readonly group: Group;
  readonly atoms: readonly string[];
  /** By mask over `atoms`: bit i set means atoms[i] is true. */
  readonly outcomes: Map<number, string>;
};

/** What narrowing and outcomes read of a known state, as text: equal keys narrow the same way. */
function knownKey({ situation, open }: Known): string {
  const given = settingIds.filter((id) => !open.has(atomKey({ kind: "setting", id })));
  return JSON.stringify([
    situation.account,
    situation.partnerCloud ?? null,
    [...situation.surfaces].sort(),
    (situation.behaviours ?? []).filter((id) => !open.has(atomKey({ kind: "behaviour", id }))).sort(),
    given.map((id) => situation.settings[id] === "yes"),
    [...open].sort(),
  ]);
}

/** How many known states keep their narrowing: the check asks a few dozen questions of each. */
const keptNarrowings = 64;
const narrowingsByModel = new WeakMap<Model, (key: string, narrow: () => readonly Narrowed[]) => readonly Narrowed[]>();

/**
 * The groups an open atom can still move, narrowed to `known`. Every question the check asks on one page
 * of answers shares the same known state, so the narrowing and the outcomes are worked out once for all.
 */
function narrowedGroups(known: Known, model: Model): readonly Narrowed[] {
  let byKnown = narrowingsByModel.get(model);
  if (!byKnown) narrowingsByModel.set(model, (byKnown = recentResults(keptNarrowings)));
  return byKnown(knownKey(known), () =>
    groupsOf(model)
      .map((candidate) => narrow(candidate, known))
      .filter(({ atoms }) => atoms.size > 0)
      .map(({ group, atoms }) => ({ group, atoms: [...atoms], outcomes: new Map<number, string>() })),
  );
}

/** A narrowed group's outcome with exactly the atoms in `mask` true, worked out once. */
function outcomeAt({ group, atoms, outcomes }: Narrowed, known: Known, mask: number): string {
  let outcome = outcomes.get(mask);
  if (outcome === undefined) {
    outcome = outcomeOf(group, factsFor(known, new Set(atoms.filter((_, bit) => mask & (1 << bit)))));
    outcomes.set(mask, outcome);
  }
  return outcome;
}

/**
 * Whether answering `atom` can change the report for this situation: some cell or note comes out
 * differently with the atom true than with it false, for some answer to the other open atoms that the
 * same rules mention. The account, the surfaces and the answers already given are held fixed.
 */
export function canChangeReport(situation: OpenSituation, atom: Atom, model: Model = defaultModel): boolean {
  const target = atomKey(atom);
  const open = openAtoms(situation, model);
  open.add(target);
  const known: Known = { situation, open };
  return narrowedGroups(known, model).some((narrowed) => {
    const bit = narrowed.atoms.indexOf(target);
    if (bit < 0) return false;
    const targetMask = 1 << bit;
    const others = ((1 << narrowed.atoms.length) - 1) & ~targetMask;
    return submasks(others).some(
      (mask) => outcomeAt(narrowed, known, mask) !== outcomeAt(narrowed, known, mask | targetMask),
    );
  });
}
