import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { surfacesByAccount } from "@/content/check/questions";
import { evaluate } from "@/lib/engine/evaluate";
import { makeSituation, type Answer, type Situation } from "@/lib/model/situation-schema";
import { accountIds, behaviourIds, settingIds, settings, type SettingId } from "@/lib/model/vocabulary";
import { behavioursToAsk } from "./asked";
import { settingOrder, settingsToAsk } from "@/lib/content/check-questions";
import { settingsFor } from "./answers";

/** An account with a choice of its products and activities, and answers to any settings. */
const personArbitrary = fc.constantFrom(...accountIds).chain((account) =>
  fc.record({
    account: fc.constant(account),
    surfaces: fc.subarray([...surfacesByAccount[account]]),
    behaviours: fc.subarray([...behaviourIds]),
    answers: fc.dictionary(
      fc.constantFrom(...settingIds),
      fc.constantFrom<Answer>("yes", "no", "unknown"),
    ) as fc.Arbitrary<Partial<Record<SettingId, Answer>>>,
    completion: fc.record(
      Object.fromEntries(settingIds.map((id) => [id, fc.constantFrom("yes", "no")])) as Record<
        SettingId,
        fc.Arbitrary<"yes" | "no">
      >,
    ),
  }),
);

const said = (situation: Situation) => {
  const { cells, notes } = evaluate(situation);
  return { cells, notes };
};

describe("settingsToAsk", () => {
  it("asks a Team member who only uses the Claude apps about no setting", () => {
    const known = { account: "team" as const, surfaces: ["claude-apps" as const] };
    expect(settingsToAsk({ ...known, behaviours: [] }, {})).toEqual([]);
    expect(settingsToAsk({ ...known, behaviours: ["incognito", "delete-chat", "projects"] }, {})).toEqual([]);
  });

  it("asks an Enterprise member about the settings that decide who reads their chats, and not about Claude Code's", () => {
    const asked = settingsToAsk({ account: "enterprise", surfaces: ["claude-apps"], behaviours: [] }, {});
    expect(asked).toEqual(expect.arrayContaining(["compliance-api", "custom-retention", "cmek"]));
    for (const id of ["zdr", "otel-monitoring", "otel-prompts", "cowork-otel", "access-transparency"] as const) {
      expect(asked).not.toContain(id);
    }
  });

  it("stops asking about prompt logging once telemetry is answered no, and keeps the order", () => {
    const known = { account: "enterprise" as const, surfaces: ["claude-code-work-login" as const], behaviours: [] };
    expect(settingsToAsk(known, {})).toContain("otel-prompts");
    expect(settingsToAsk(known, { "otel-monitoring": "no" })).not.toContain("otel-prompts");
    const asked = settingsToAsk(known, {});
    expect(asked).toEqual(settingOrder.filter((id) => asked.includes(id)));
  });

  it("asks only settings that apply to the account", () => {
    fc.assert(
      fc.property(personArbitrary, ({ account, surfaces, behaviours, answers }) => {
        const applies = new Set(settingsFor(account).map((setting) => setting.id));
        for (const id of settingsToAsk({ account, partnerCloud: "bedrock", surfaces, behaviours }, answers)) {
          expect(applies.has(id), `${id} on ${account}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("leaves out only settings whose answer cannot change the report, whatever the other answers", () => {
    fc.assert(
      fc.property(personArbitrary, fc.nat(), ({ account, surfaces, behaviours, answers, completion }, pick) => {
        const partnerCloud = account === "partner-cloud" ? { partnerCloud: "bedrock" as const } : {};
        const asked = settingsToAsk({ account, ...partnerCloud, surfaces, behaviours }, answers);
        // One way the person's organization may really be set: their firm answers, anything for the rest.
        const real = Object.fromEntries(
          settingIds.map((id) => {
            const answer = answers[id];
            return [id, asked.includes(id) && (answer === "yes" || answer === "no") ? answer : completion[id]];
          }),
        ) as Record<SettingId, "yes" | "no">;
        const situation = makeSituation({ account, ...partnerCloud, surfaces, behaviours, settings: real });
        const left = settingIds.filter((id) => !asked.includes(id));
        const id = left[pick % Math.max(left.length, 1)];
        if (!id) return;
        const flip = (answer: "yes" | "no") => ({ ...situation, settings: { ...situation.settings, [id]: answer } });
        expect(said(flip("yes")), id).toEqual(said(flip("no")));
      }),
      { numRuns: 200 },
    );
  });
});

describe("behavioursToAsk", () => {
  it("asks about activities in the Claude apps only of people who use them", () => {
    for (const account of accountIds) {
      for (const surface of surfacesByAccount[account]) {
        const asked = behavioursToAsk({ account, partnerCloud: "bedrock", surfaces: [surface] });
        expect(asked.length > 0, `${account}, ${surface}`).toBe(surface === "claude-apps");
      }
    }
  });

  it("never leaves out an activity that changes the report", () => {
    fc.assert(
      fc.property(personArbitrary, ({ account, surfaces, behaviours, completion }) => {
        const partnerCloud = account === "partner-cloud" ? { partnerCloud: "bedrock" as const } : {};
        const asked = behavioursToAsk({ account, ...partnerCloud, surfaces });
        const situation = makeSituation({ account, ...partnerCloud, surfaces, behaviours, settings: completion });
        for (const id of behaviourIds.filter((b) => !asked.includes(b))) {
          const others = situation.behaviours.filter((b) => b !== id);
          expect(said({ ...situation, behaviours: [...others, id] }), id).toEqual(
            said({ ...situation, behaviours: others }),
          );
        }
      }),
      { numRuns: 150 },
    );
  });
});

it("lists every setting once in the order it is asked", () => {
  expect([...settingOrder].sort()).toEqual([...settings.map((row) => row.id)].sort());
});
