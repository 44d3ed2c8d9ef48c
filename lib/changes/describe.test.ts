import { describe, expect, it } from "vitest";
import { describeChange, moveSentence, type Lookups } from "./describe";
import { fixtureChange } from "./fixtures";

const lookups: Lookups = {
  claim: (id) => ({ statement: `Statement of ${id}`, path: `/sources/help-center/#claim-${id}` }),
  source: (id) => ({
    title: `Page ${id}`,
    url: `https://support.claude.com/${id}`,
    kind: "official",
    path: `/sources/help-center/#source-${id}`,
  }),
  layerTitle: (id) => `Layer ${id}`,
};

describe("describeChange", () => {
  it("resolves every id to words and site paths", () => {
    const described = describeChange(fixtureChange(), lookups);
    expect(described.path).toBe("/changes/#owners-compliance-keys");
    expect(described.claims).toEqual([
      { id: "owner-keys", statement: "Statement of owner-keys", path: "/sources/help-center/#claim-owner-keys" },
    ]);
    expect(described.sources).toEqual([
      {
        id: "compliance-api",
        title: "Page compliance-api",
        url: "https://support.claude.com/compliance-api",
        kind: "official",
        path: "/sources/help-center/#source-compliance-api",
      },
    ]);
    expect(described.layers).toEqual([
      {
        id: "exports-and-compliance-api",
        title: "Layer exports-and-compliance-api",
        path: "/layers/exports-and-compliance-api/",
      },
    ]);
  });

  it("labels verdict moves with the vocabulary's words", () => {
    expect(describeChange(fixtureChange(), lookups).verdicts).toEqual([
      {
        audience: "Owners",
        data: "Chat content",
        accounts: ["Enterprise plan"],
        before: "no",
        after: "yes",
        when: "when the Compliance API is on",
      },
    ]);
  });
});

describe("moveSentence", () => {
  it("says who, what, where, before and after in words", () => {
    const [move] = describeChange(fixtureChange(), lookups).verdicts;
    expect(moveSentence(move!)).toBe(
      "Owners, Chat content (Enterprise plan): was no, now yes, when the Compliance API is on.",
    );
  });

  it('words a cell the model did not cover as "not covered"', () => {
    const move = {
      accounts: ["team" as const, "enterprise" as const],
      data: "chat-content" as const,
      audience: "owners" as const,
      before: "not covered" as const,
      after: "possible" as const,
    };
    const described = describeChange(fixtureChange({ verdicts: [move] }), lookups).verdicts[0]!;
    expect(described.when).toBeUndefined();
    expect(moveSentence(described)).toBe(
      "Owners, Chat content (Team plan; Enterprise plan): was not covered, now possible.",
    );
  });
});
