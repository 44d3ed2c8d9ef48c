import { describe, expect, it } from "vitest";
import { toSituation } from "@/lib/content/check-questions";
import { evaluate } from "@/lib/engine/evaluate";
import { organizationSeesNothing, summarize } from "./report-summary";
import { answers } from "./test-support";

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
