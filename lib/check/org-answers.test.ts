import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import { situationArbitrary } from "@/lib/engine/situation-arbitrary";
import { settingIds } from "@/lib/model/vocabulary";
import { currentOrg } from "@/lib/profile/current";
import { emptyAnswers, settingsFor, type Answers } from "./answers";
import { toSituation } from "@/lib/content/check-questions";
import { orgFixedSettings, replacedByOrg, withOrgStatements, type OrgCheckSettings } from "./org-answers";

// The shipped example profile, read the way the build reads it.
process.env.ORG_PROFILE = "examples/northwind/org-profile.json";
const northwind: OrgCheckSettings = currentOrg()!;

const possibleCount = (answers: Answers) =>
  evaluate(toSituation(answers)!).cells.filter((cell) => cell.verdict === "possible").length;

describe("withOrgStatements", () => {
  it("starts the check on the organization's plan, with its statements filled in", () => {
    const answers = withOrgStatements(emptyAnswers, northwind);
    expect(answers.account).toBe("enterprise");
    expect(answers.settings).toMatchObject(northwind.settings);
    expect(answers.retentionDays).toBe(365);
  });

  it("leaves other accounts to the person: a personal account gets none of the organization's settings", () => {
    const answers = withOrgStatements({ ...emptyAnswers, account: "personal" }, northwind);
    expect(answers.account).toBe("personal");
    expect(orgFixedSettings(answers, northwind)).toEqual({});
    expect(answers.settings).toEqual({});
  });

  it("replaces a link's conflicting answers with the organization's, and says so", () => {
    const fromLink: Answers = {
      ...emptyAnswers,
      account: "enterprise",
      settings: { "compliance-api": "no", cmek: "no" },
    };
    const answers = withOrgStatements(fromLink, northwind);
    expect(answers.settings["compliance-api"]).toBe("yes");
    expect(replacedByOrg(fromLink, northwind)).toEqual([
      'The link answered "Compliance API" differently; Northwind Traders states it, so its statement is used.',
    ]);
  });

  it("keeps the person's answers for settings the organization does not state", () => {
    const partial: OrgCheckSettings = { ...northwind, settings: { "compliance-api": "yes" } };
    const answers = withOrgStatements({ ...emptyAnswers, settings: { cmek: "yes" } }, partial);
    expect(answers.settings).toEqual({ cmek: "yes", "compliance-api": "yes" });
  });

  it("is the identity without a profile", () => {
    const answers: Answers = { ...emptyAnswers, account: "team", settings: { zdr: "yes" } };
    expect(withOrgStatements(answers, undefined)).toBe(answers);
  });

  it("gives fewer possible verdicts than the general edition for the same answers", () => {
    const used = { surfaces: ["claude-apps" as const], behaviours: [] };
    const general = possibleCount({ ...emptyAnswers, ...used, account: "enterprise" });
    const tailored = possibleCount(withOrgStatements({ ...emptyAnswers, ...used }, northwind));
    expect(tailored).toBeLessThan(general);
  });

  it("never adds a possible verdict, and keeps every statement, over the whole answer space", () => {
    fc.assert(
      fc.property(situationArbitrary, fc.subarray([...settingIds]), (situation, stated) => {
        const org: OrgCheckSettings = {
          ...northwind,
          plan: situation.account === "personal" ? "team" : situation.account,
          ...(situation.partnerCloud ? { partnerCloud: situation.partnerCloud } : {}),
          settings: Object.fromEntries(stated.map((id, index) => [id, index % 2 ? "yes" : "no"])),
          retentionDays: undefined,
        };
        const answers: Answers = { ...situation, settings: { ...situation.settings } };
        const tailored = withOrgStatements(answers, org);
        const fixed = orgFixedSettings(answers, org);
        for (const [id, value] of Object.entries(fixed))
          expect(tailored.settings[id as keyof typeof fixed]).toBe(value);
        // Stating a setting can only settle verdicts: every "possible" left is one the person's answers had too,
        // or one the settings' own answers decide, never a firm verdict turned uncertain by a statement.
        const asked = settingsFor(tailored.account!).map((setting) => setting.id);
        const unknownBefore = asked.filter((id) => (answers.settings[id] ?? "unknown") === "unknown").length;
        const unknownAfter = asked.filter((id) => (tailored.settings[id] ?? "unknown") === "unknown").length;
        expect(unknownAfter).toBeLessThanOrEqual(unknownBefore);
      }),
      { numRuns: 300 },
    );
  });
});
