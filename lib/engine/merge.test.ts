import { describe, expect, it } from "vitest";
import type { Outcome } from "./decide";
import { completions } from "./facts";
import { decidingSettings, mergeOutcomes, type CompletionOutcome } from "./merge";
import { all } from "@/lib/model/conditions";
import type { Rule } from "@/lib/model/content-schema";
import { makeSituation } from "@/lib/model/situation-schema";

const rule = (id: string, verdict: Rule["verdict"], extra: Partial<Rule> = {}): Rule => ({
  id,
  when: all(),
  data: ["chat-content"],
  audiences: ["compliance-key-holders"],
  verdict,
  mechanisms: verdict === "no" ? [] : ["compliance-api"],
  ...(verdict === "no" ? {} : { window: "{retention}" }),
  reason: `Reason ${id}.`,
  ...(verdict === "possible" ? { question: `Question ${id}?` } : {}),
  claims: [`claim-${id}`],
  ...extra,
});

const yes = rule("yes", "yes");
const no = rule("no", "no");
const maybe = rule("maybe", "possible");
const order = new Map([yes, maybe, no].map((item, index) => [item, index]));
// Two unknowns: compliance-api (bit 0) and compliance-key-shared (bit 1).
const situation = makeSituation({
  account: "enterprise",
  settings: {
    "compliance-api": "unknown",
    "compliance-key-shared": "unknown",
    "custom-retention": "no",
    zdr: "no",
    "access-transparency": "no",
    cmek: "no",
    "otel-monitoring": "no",
    "otel-prompts": "no",
    "cowork-otel": "no",
    "work-email": "no",
    "inference-hooks": "no",
  },
});
const four = completions(situation);
const withOutcomes = (pick: (mask: number) => Outcome): CompletionOutcome[] =>
  four.map((completion) => ({ completion, outcome: pick(completion.mask) }));
const evidence = (outcomes: CompletionOutcome[], alwaysMatching: Rule[] = []) => ({
  data: "chat-content" as const,
  audience: "compliance-key-holders" as const,
  outcomes,
  alwaysMatching,
  order,
});

describe("decidingSettings", () => {
  it("names only the unknowns whose flip changes the verdict", () => {
    // Yes only when both are on: both decide.
    expect(
      decidingSettings(
        withOutcomes((mask) => (mask === 3 ? { verdict: "yes", rules: [yes] } : { verdict: "no", rules: [no] })),
      ),
    ).toEqual(["compliance-api", "compliance-key-shared"]);
    // Yes whenever the first is on: only the first decides.
    expect(
      decidingSettings(
        withOutcomes((mask) => (mask & 1 ? { verdict: "yes", rules: [yes] } : { verdict: "no", rules: [no] })),
      ),
    ).toEqual(["compliance-api"]);
  });

  it("ignores flips to completions it was not given", () => {
    const firstTwo = withOutcomes((mask) => ({ verdict: mask ? "yes" : "no", rules: [mask ? yes : no] })).slice(0, 2);
    expect(decidingSettings(firstTwo)).toEqual(["compliance-api"]);
  });
});

describe("mergeOutcomes", () => {
  it("keeps a verdict every completion agrees on, with filled windows and no question for yes", () => {
    const cell = mergeOutcomes(evidence(withOutcomes(() => ({ verdict: "yes", rules: [yes] }))), situation);
    expect(cell).toMatchObject({
      verdict: "yes",
      mechanisms: ["compliance-api"],
      reason: "Reason yes.",
      claims: ["claim-yes"],
      rules: ["yes"],
      dependsOn: [],
    });
    expect(cell.window).toBe("indefinitely, Enterprise's default when no custom retention period is set");
    expect(cell.question).toBeUndefined();
  });

  it("turns disagreement into possible, naming the deciding settings, with the strongest side's reason and both sides' claims", () => {
    const cell = mergeOutcomes(
      evidence(
        withOutcomes((mask) => (mask === 3 ? { verdict: "yes", rules: [yes] } : { verdict: "no", rules: [no] })),
      ),
      situation,
    );
    expect(cell.verdict).toBe("possible");
    expect(cell.dependsOn).toEqual(["compliance-api", "compliance-key-shared"]);
    expect(cell.reason).toBe(
      "It depends on settings you did not know (Compliance API, Compliance key given to tools or people). Reason yes.",
    );
    expect(cell.question).toMatch(/^Has your organization turned on the Compliance API.*Ask your Primary Owner/);
    expect(cell.claims).toEqual(["claim-yes", "claim-no"]);
    expect(cell.mechanisms).toEqual(["compliance-api"]);
  });

  it("keeps a rule's own question when completions agree on possible", () => {
    const cell = mergeOutcomes(evidence(withOutcomes(() => ({ verdict: "possible", rules: [maybe] }))), situation);
    expect(cell.question).toBe("Question maybe?");
  });

  it("explains an agreed no with one rule that holds everywhere when there is one", () => {
    const other = rule("other", "no");
    const cell = mergeOutcomes(
      evidence(
        withOutcomes((mask) => ({ verdict: "no", rules: [mask ? no : other] })),
        [no],
      ),
      situation,
    );
    expect(cell).toMatchObject({ verdict: "no", rules: ["no"], window: null, mechanisms: [] });
  });
});
