import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toSituation, unansweredQuestions } from "@/lib/content/check-questions";
import { situationSchema } from "@/lib/model/situation-schema";
import { accountIds, behaviourIds, partnerCloudIds, settingIds, surfaceIds } from "@/lib/model/vocabulary";
import { answers } from "./test-support";

describe("toSituation", () => {
  it("builds only situations the schema accepts, from any answers", () => {
    const anyAnswers = fc.record(
      {
        account: fc.constantFrom(...accountIds),
        partnerCloud: fc.constantFrom(...partnerCloudIds),
        surfaces: fc.array(fc.constantFrom(...surfaceIds)),
        behaviours: fc.array(fc.constantFrom(...behaviourIds)),
        settings: fc.dictionary(fc.constantFrom(...settingIds), fc.constantFrom("yes", "no", "unknown" as const)),
        retentionDays: fc.integer({ min: 30, max: 36500 }),
      },
      { requiredKeys: ["surfaces", "behaviours", "settings"] },
    );
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const situation = toSituation(answers);
        if (situation) expect(situationSchema.safeParse(situation).success).toBe(true);
        else expect(unansweredQuestions(answers).length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it("waits for an account", () => {
    expect(toSituation(answers({}))).toBeUndefined();
  });

  it("waits for the products, and never reads an unanswered question as \u201cno\u201d", () => {
    const team = { account: "team" as const, settings: {} };
    expect(unansweredQuestions(team)).toEqual(["surfaces"]);
    expect(toSituation(team)).toBeUndefined();
    // Someone who uses the Claude apps is asked what they do there before any verdict about files or deletions.
    expect(unansweredQuestions({ ...team, surfaces: ["claude-apps"] })).toEqual(["behaviours"]);
    expect(toSituation({ ...team, surfaces: ["claude-apps"] })).toBeUndefined();
    expect(toSituation({ ...team, surfaces: ["claude-apps"], behaviours: [] })?.behaviours).toEqual([]);
    // Without the Claude apps, no activity there can change the report, so none is asked.
    expect(unansweredQuestions({ ...team, surfaces: ["claude-code-work-login"] })).toEqual([]);
    expect(unansweredQuestions({ ...team, surfaces: [] })).toEqual([]);
  });

  it("asks again when every product chosen earlier is not offered for the account now chosen", () => {
    const moved = { account: "console" as const, surfaces: ["claude-apps" as const], settings: {} };
    expect(unansweredQuestions(moved)).toEqual(["surfaces"]);
  });

  it("waits for the cloud when the account is a partner cloud", () => {
    expect(toSituation(answers({ account: "partner-cloud" }))).toBeUndefined();
    expect(toSituation(answers({ account: "partner-cloud", partnerCloud: "bedrock" }))?.partnerCloud).toBe("bedrock");
  });

  it("drops answers the account does not ask, and fills unanswered settings with unknown", () => {
    const situation = toSituation(
      answers({
        account: "personal",
        partnerCloud: "foundry",
        surfaces: ["claude-apps", "claude-api"],
        settings: { "compliance-api": "yes" },
        retentionDays: 90,
      }),
    )!;
    expect(situation.partnerCloud).toBeUndefined();
    expect(situation.surfaces).toEqual(["claude-apps"]);
    expect(situation.settings["compliance-api"]).toBe("unknown");
    expect(situation.retentionDays).toBeUndefined();
  });

  it("keeps a retention period only while custom retention is not answered no", () => {
    const base = { account: "enterprise" as const, retentionDays: 90 };
    expect(toSituation(answers({ ...base, settings: { "custom-retention": "yes" } }))?.retentionDays).toBe(90);
    expect(toSituation(answers({ ...base, settings: { "custom-retention": "no" } }))?.retentionDays).toBeUndefined();
  });
});
