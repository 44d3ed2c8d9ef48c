import { describe, expect, it } from "vitest";
import { questionTables } from "@/lib/content/check-questions";
import { parseQuestions, type QuestionDraft } from "./schema";

const notes = new Set(["domain-claim-choice"]);

const frames = {
  yes: "Yes. Someone can see it.",
  possible: "Possibly. It depends on the points below.",
  no: "No. No one can see it.",
};

const valid = (overrides: Partial<Extract<QuestionDraft, { kind: "cells" }>> = {}): QuestionDraft => ({
  kind: "cells",
  id: "example",
  question: "Can someone see it?",
  plans: [{ situation: { account: "team", surfaces: ["claude-apps"] } }],
  cells: [{ data: "chat-content", audiences: ["owners", "admins"] }],
  headline: { data: "chat-content", audiences: ["owners"] },
  frames,
  ...overrides,
});

const problems = (entries: QuestionDraft[]) => {
  try {
    parseQuestions(entries, notes, questionTables);
    return "";
  } catch (error) {
    return String(error);
  }
};

describe("parseQuestions", () => {
  it("accepts a well-formed question and fills in the defaults", () => {
    const [parsed] = parseQuestions([valid()], notes, questionTables);
    expect(parsed).toMatchObject({ notes: [], readMore: [] });
  });

  it("refuses a duplicate anchor", () => {
    expect(problems([valid(), valid()])).toMatch(/duplicate id "example"/);
  });

  it("refuses a headline cell that the answer does not show", () => {
    expect(problems([valid({ headline: { data: "chat-content", audiences: ["primary-owner"] } })])).toMatch(
      /headline cell chat-content\|primary-owner is not among cells/,
    );
  });

  it("refuses a setting that the plan does not have, as the check would drop it", () => {
    const plans = [
      {
        situation: {
          account: "team" as const,
          surfaces: ["claude-apps" as const],
          settings: { "compliance-api": "yes" as const },
        },
      },
    ];
    expect(problems([valid({ plans })])).toMatch(/"compliance-api" does not apply to team/);
  });

  it("refuses a surface the check does not offer on the plan, and behaviours where it asks none", () => {
    const plans = [{ situation: { account: "console" as const, surfaces: ["claude-apps" as const] } }];
    expect(problems([valid({ plans })])).toMatch(/the check does not offer "claude-apps" on console/);
    const api = [
      { situation: { ...plans[0]!.situation, surfaces: ["claude-api" as const], behaviours: ["incognito" as const] } },
    ];
    expect(problems([valid({ plans: api })])).toMatch(/the check asks no behaviours on console/);
  });

  it("refuses a note the model does not have", () => {
    expect(problems([valid({ notes: ["no-such-note"] })])).toMatch(/no report note "no-such-note"/);
  });

  it("refuses frames that leave a verdict out or are not sentences", () => {
    expect(problems([valid({ frames: { yes: frames.yes, possible: frames.possible } as typeof frames })])).toMatch(
      /frames/,
    );
    expect(problems([valid({ frames: { ...frames, no: "nobody" } })])).toMatch(/capital letter|full stop/);
  });

  it("refuses two plans on the same account", () => {
    const plan = { situation: { account: "team" as const, surfaces: ["claude-apps" as const] } };
    expect(problems([valid({ plans: [plan, plan] })])).toMatch(/once per plan/);
  });
});
