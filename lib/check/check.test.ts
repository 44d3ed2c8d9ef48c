import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { situationSchema } from "@/lib/model/situation-schema";
import { accountIds, behaviourIds, partnerCloudIds, settingIds, surfaceIds } from "@/lib/model/vocabulary";
import { advice } from "@/content/check/advice";
import { roleWords } from "@/content/check/labels";
import { evaluate } from "@/lib/engine/evaluate";
import { model } from "@/lib/model/model";
import { adviceFor } from "./advice";
import { toSituation, unansweredQuestions, type Answers } from "./answers";
import { glanceOf } from "./glance";
import { anchorsByCell, groupCells } from "./group-cells";
import { questionsToAsk } from "./questions-to-ask";
import { organizationSeesNothing, summarize } from "./summary";

/** Answers with the products and activities answered "None of these" unless given. */
const answers = (partial: Partial<Answers>): Answers => ({ surfaces: [], behaviours: [], settings: {}, ...partial });

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

describe("summarize", () => {
  it("puts what the organization can see before what it might see", () => {
    const report = evaluate(toSituation(answers({ account: "enterprise", surfaces: ["claude-apps"] }))!);
    const lines = summarize(report);
    expect(lines[0]).toMatchObject({ verdict: "yes" });
    // With every setting unknown, even the Primary Owner only "might" see chats: customer-managed encryption
    // keys switch off the links exports use, and the Compliance API may be off.
    const chats = lines.find((line) => line.cells[0]!.data === "chat-content")!;
    expect(chats.verdict).toBe("possible");
    expect(chats.text).toMatch(/^The Primary Owner, Owners, .* might see your chat content, through /);
    const firstPossible = lines.findIndex((line) => line.verdict === "possible");
    expect(lines.slice(firstPossible).every((line) => line.verdict === "possible")).toBe(true);
  });

  it("says nothing about the organization for a personal account that is not on a work e-mail address", () => {
    const report = evaluate(
      toSituation(answers({ account: "personal", surfaces: ["claude-apps"], settings: { "work-email": "no" } }))!,
    );
    expect(summarize(report)).toEqual([]);
    expect(organizationSeesNothing(report)).toBe(true);
  });

  it("says what a domain claim could bring the organization when a personal account may be on a work address", () => {
    for (const workEmail of ["yes", "unknown"] as const) {
      const report = evaluate(
        toSituation(
          answers({ account: "personal", surfaces: ["claude-apps"], settings: { "work-email": workEmail } }),
        )!,
      );
      const lines = summarize(report);
      expect(lines.every((line) => line.verdict === "possible")).toBe(true);
      expect(lines[0]!.text).toMatch(
        /^The Primary Owner, Owners and people and tools given a Compliance key might see your chat content/,
      );
      expect(organizationSeesNothing(report)).toBe(false);
    }
  });
});

describe("questionsToAsk", () => {
  it("asks about each unknown setting that changes a verdict, once", () => {
    const report = evaluate(toSituation(answers({ account: "enterprise", surfaces: ["claude-apps"] }))!);
    const questions = questionsToAsk(report).map((q) => q.question);
    expect(questions.some((q) => /Compliance API/.test(q))).toBe(true);
    expect(new Set(questions).size).toBe(questions.length);
  });

  it("asks nothing about a setting once it is answered", () => {
    const report = evaluate(
      toSituation(answers({ account: "enterprise", surfaces: ["claude-apps"], settings: { "compliance-api": "no" } }))!,
    );
    expect(
      questionsToAsk(report).some((q) => q.question.startsWith("Has your organization turned on the Compliance API")),
    ).toBe(false);
  });
});

describe("adviceFor", () => {
  it("warns about incognito only when someone uses it on Team or Enterprise", () => {
    const ids = (partial: Partial<Answers>) => adviceFor(toSituation(answers(partial))!).map((item) => item.id);
    expect(ids({ account: "team", behaviours: ["incognito"] })).toContain("incognito-is-not-private");
    expect(ids({ account: "team" })).not.toContain("incognito-is-not-private");
    expect(ids({ account: "personal", behaviours: ["incognito"] })).not.toContain("incognito-is-not-private");
  });

  it("counts advice about an unknown setting as applying", () => {
    const ids = adviceFor(toSituation(answers({ account: "enterprise", surfaces: ["claude-code-work-login"] }))!).map(
      (item) => item.id,
    );
    expect(ids).toContain("telemetry-ask");
  });

  it("cites only claims that exist", () => {
    const known = new Set(model.claims.map((claim) => claim.id));
    for (const item of advice) for (const claim of item.claims) expect(known, `${item.id} → ${claim}`).toContain(claim);
  });
});

describe("glanceOf", () => {
  it("counts the summary's lines and links each to an explanation the report has", () => {
    const report = evaluate(toSituation(answers({ account: "enterprise", surfaces: ["claude-apps"] }))!);
    const glance = glanceOf(report);
    const lines = summarize(report);
    expect(glance.yes).toBe(lines.filter((line) => line.verdict === "yes").length);
    expect(glance.yes + glance.possible).toBe(lines.length);
    const anchors = new Set(anchorsByCell(groupCells(report)).values());
    for (const line of glance.lines) expect(anchors.has(line.anchor), line.anchor).toBe(true);
    expect(glance.lines[0]).toMatchObject({ verdict: "yes", label: "Usage and spend" });
  });
});

describe("roleWords", () => {
  it("cites only claims that exist, for every account", () => {
    const known = new Set(model.claims.map((claim) => claim.id));
    for (const [account, words] of Object.entries(roleWords)) {
      for (const claim of words.claims) expect(known, `${account} → ${claim}`).toContain(claim);
    }
  });
});
