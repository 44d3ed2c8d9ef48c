import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeSituation, type Situation } from "@/lib/model/situation-schema";
import {
  accountIds,
  behaviourIds,
  partnerCloudIds,
  settingIds,
  surfaceIds,
  type BehaviourId,
  type SettingId,
} from "@/lib/model/vocabulary";
import { modelForBrowser } from "@/lib/content/model";
import { evaluate } from "./evaluate";
import { canChangeReport, type Atom, type OpenSituation } from "./relevance";

/** A situation with every setting answered yes or no, so `evaluate` runs one completion and is quick. */
const concreteArbitrary: fc.Arbitrary<Situation> = fc
  .record({
    account: fc.constantFrom(...accountIds),
    partnerCloud: fc.constantFrom(...partnerCloudIds),
    surfaces: fc.subarray([...surfaceIds]),
    behaviours: fc.subarray([...behaviourIds]),
    settings: fc.record(
      Object.fromEntries(settingIds.map((id) => [id, fc.constantFrom("yes", "no")])) as Record<
        SettingId,
        fc.Arbitrary<"yes" | "no">
      >,
    ),
  })
  .map(({ partnerCloud, ...rest }) =>
    makeSituation({ ...rest, ...(rest.account === "partner-cloud" ? { partnerCloud } : {}) }),
  );

const atomArbitrary: fc.Arbitrary<Atom> = fc.oneof(
  fc.constantFrom(...settingIds).map((id): Atom => ({ kind: "setting", id })),
  fc.constantFrom(...behaviourIds).map((id): Atom => ({ kind: "behaviour", id })),
);

/** The situation with one atom set. */
function withAtom(situation: Situation, atom: Atom, value: boolean): Situation {
  if (atom.kind === "setting")
    return { ...situation, settings: { ...situation.settings, [atom.id]: value ? "yes" : "no" } };
  const others = situation.behaviours.filter((id) => id !== atom.id);
  return { ...situation, behaviours: value ? [...others, atom.id] : others };
}

/** Everything a report says, but the situation it answers. */
const said = (situation: Situation) => {
  const { cells, notes } = evaluate(situation);
  return { cells, notes };
};

/** The concrete situation as an open one: the chosen settings unanswered, the behaviours too if asked. */
function opened(situation: Situation, openSettings: readonly SettingId[], openBehaviours: boolean): OpenSituation {
  const settings: OpenSituation["settings"] = { ...situation.settings };
  for (const id of openSettings) settings[id] = "unknown";
  return {
    account: situation.account,
    partnerCloud: situation.partnerCloud,
    surfaces: situation.surfaces,
    ...(openBehaviours ? {} : { behaviours: situation.behaviours }),
    settings,
  };
}

describe("canChangeReport", () => {
  it("is exact when nothing else is open: true exactly when the two answers give different reports", () => {
    fc.assert(
      fc.property(concreteArbitrary, atomArbitrary, (situation, atom) => {
        const differs =
          JSON.stringify(said(withAtom(situation, atom, true))) !==
          JSON.stringify(said(withAtom(situation, atom, false)));
        expect(canChangeReport(opened(situation, [], false), atom)).toBe(differs);
      }),
      { numRuns: 400 },
    );
  });

  it("never hides a question that matters: when it says no, no answer to the other open questions makes a difference", () => {
    fc.assert(
      fc.property(
        concreteArbitrary,
        fc.subarray([...settingIds]),
        fc.boolean(),
        atomArbitrary,
        (situation, openSettings, openBehaviours, atom) => {
          // The concrete situation is one way of answering the open questions; if the atom cannot change the
          // report for any of them, it cannot change it for this one.
          if (canChangeReport(opened(situation, openSettings, openBehaviours), atom)) return;
          expect(said(withAtom(situation, atom, true))).toEqual(said(withAtom(situation, atom, false)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("does not ask a Team member who only uses the Claude apps about any setting", () => {
    const team: OpenSituation = { account: "team", surfaces: ["claude-apps"], settings: {} };
    for (const id of settingIds) expect(canChangeReport(team, { kind: "setting", id }), id).toBe(false);
    const behaviours: BehaviourId[] = ["incognito", "delete-chat", "rename-chat", "upload-files", "projects"];
    for (const id of behaviours) expect(canChangeReport(team, { kind: "behaviour", id }), id).toBe(true);
  });

  it("asks about activities in the Claude apps only of someone who uses them", () => {
    for (const account of accountIds) {
      const codeOnly: OpenSituation = {
        account,
        ...(account === "partner-cloud" ? { partnerCloud: "bedrock" as const } : {}),
        surfaces: ["claude-code-api-key"],
        settings: {},
      };
      for (const id of behaviourIds) expect(canChangeReport(codeOnly, { kind: "behaviour", id }), account).toBe(false);
    }
  });

  it("counts a setting that changes only how long something is kept", () => {
    // Custom retention changes no verdict, only the "how long" of chats on Enterprise.
    const enterprise: OpenSituation = {
      account: "enterprise",
      surfaces: ["claude-apps"],
      behaviours: [],
      settings: {},
    };
    expect(canChangeReport(enterprise, { kind: "setting", id: "custom-retention" })).toBe(true);
    const team: OpenSituation = { ...enterprise, account: "team" };
    expect(canChangeReport(team, { kind: "setting", id: "custom-retention" })).toBe(false);
  });

  it("lets an answer settle a later question: prompt logging matters only while telemetry may be on", () => {
    const base: OpenSituation = { account: "team", surfaces: ["claude-code-work-login"], behaviours: [], settings: {} };
    const prompts: Atom = { kind: "setting", id: "otel-prompts" };
    expect(canChangeReport(base, prompts)).toBe(true);
    expect(canChangeReport({ ...base, settings: { "otel-monitoring": "yes" } }, prompts)).toBe(true);
    expect(canChangeReport({ ...base, settings: { "otel-monitoring": "no" } }, prompts)).toBe(false);
  });

  it("answers the same from its kept work as from scratch, whatever was asked before", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(concreteArbitrary, fc.subarray([...settingIds]), fc.boolean(), atomArbitrary), {
          minLength: 2,
          maxLength: 6,
        }),
        (asked) => {
          // A copy of the model has nothing kept yet; the shared one keeps the narrowings of every run before.
          const fresh = structuredClone(modelForBrowser);
          for (const [situation, openSettings, openBehaviours, atom] of asked) {
            const open = opened(situation, openSettings, openBehaviours);
            expect(canChangeReport(open, atom)).toBe(canChangeReport(open, atom, fresh));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
