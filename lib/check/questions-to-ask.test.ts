import { describe, expect, it } from "vitest";
import { toSituation } from "@/lib/content/check-questions";
import { evaluate } from "@/lib/engine/evaluate";
import { questionsToAsk } from "./questions-to-ask";
import { answers } from "./test-support";

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
