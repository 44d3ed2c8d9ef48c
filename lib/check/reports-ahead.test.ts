import { describe, expect, it } from "vitest";
import { toSituation } from "@/lib/content/check-questions";
import { evaluate } from "@/lib/engine/evaluate";
import type { Answers } from "./answers";
import { questionsShown } from "./questions-shown";
import { answersOneChangeAway, reportFor } from "./reports-ahead";
import { answers } from "./test-support";

const team = answers({ account: "team", surfaces: ["claude-apps"], behaviours: [] });

/** The parts of two answers that differ, by name. */
function differences(a: Answers, b: Answers): string[] {
  const parts = ["account", "partnerCloud", "surfaces", "behaviours", "retentionDays"] as const;
  const settings = new Set([...Object.keys(a.settings), ...Object.keys(b.settings)]) as Set<keyof Answers["settings"]>;
  return [
    ...parts.filter((part) => JSON.stringify(a[part]) !== JSON.stringify(b[part])),
    ...[...settings].filter((id) => (a.settings[id] ?? "unknown") !== (b.settings[id] ?? "unknown")),
  ];
}

describe("reportFor", () => {
  it("gives the engine's report, and the same object again for the same situation", () => {
    const situation = toSituation(team)!;
    const report = reportFor(situation);
    expect(report).toEqual(evaluate(situation));
    expect(reportFor(toSituation({ ...team })!)).toBe(report);
  });
});

describe("answersOneChangeAway", () => {
  it("changes one answer each, among the questions the page shows", () => {
    const next = answersOneChangeAway(team);
    expect(next.length).toBeGreaterThan(0);
    for (const other of next) expect(differences(team, other)).toHaveLength(1);
  });

  it("ticks and unticks each activity asked about, and answers each setting asked otherwise", () => {
    const enterprise = answers({ account: "enterprise", surfaces: ["claude-apps"], behaviours: ["incognito"] });
    const { behaviourOptions, asked } = questionsShown(enterprise);
    const next = answersOneChangeAway(enterprise);
    for (const id of behaviourOptions) {
      expect(next.some((other) => other.behaviours?.includes(id) !== enterprise.behaviours?.includes(id))).toBe(true);
    }
    expect(asked.length).toBeGreaterThan(0);
    for (const id of asked) {
      expect(next.filter((other) => (other.settings[id] ?? "unknown") !== "unknown")).toHaveLength(2);
    }
  });

  it("has nothing to offer before the account is answered", () => {
    expect(answersOneChangeAway(answers({}))).toEqual([]);
  });
});
