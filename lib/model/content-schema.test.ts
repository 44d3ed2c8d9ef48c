import { describe, expect, it } from "vitest";
import { claimSchema, isoDateSchema, ruleSchema, sourceSchema } from "./content-schema";

const goodRule = {
  id: "a-rule",
  when: { kind: "all", of: [] },
  data: ["chat-content"],
  audiences: ["admins"],
  verdict: "possible",
  mechanisms: ["data-export"],
  window: "{retention}",
  reason: "A reason.",
  question: "A question?",
  claims: ["a-claim"],
};
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("isoDateSchema", () => {
  it("accepts real dates and refuses impossible ones", () => {
    expect(isoDateSchema.safeParse("2026-11-22").success).toBe(true);
    expect(isoDateSchema.safeParse("2026-02-30").success).toBe(false);
    expect(isoDateSchema.safeParse("22/11/2026").success).toBe(false);
  });
});

describe("sourceSchema", () => {
  it("requires an https address and refuses unknown fields", () => {
    const source = {
      id: "s",
      title: "T",
      publisher: "P",
      url: "https://claude.com/x",
      kind: "official",
      lastChecked: "2026-11-22",
      snapshot: "claude.com/x",
    };
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, url: "http://claude.com/x" }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, extra: true }).success).toBe(false);
  });

  it("requires an official source to name its snapshot folder, and a third-party one not to", () => {
    const withoutSnapshot = {
      id: "s",
      title: "T",
      publisher: "P",
      url: "https://claude.com/x",
      kind: "official" as const,
      lastChecked: "2026-11-22",
    };
    const refused = sourceSchema.safeParse(withoutSnapshot);
    expect(refused.error?.issues[0]?.message).toMatch(/source "s" is official, so it must name its snapshot folder/);
    expect(
      sourceSchema.safeParse({ ...withoutSnapshot, kind: "third-party", url: "https://example.org/x" }).success,
    ).toBe(true);
    expect(sourceSchema.safeParse({ ...withoutSnapshot, snapshot: "not a folder" }).success).toBe(false);
  });
});

describe("claimSchema", () => {
  it("refuses a citation without a quote", () => {
    const claim = { id: "c", statement: "S", citations: [{ source: "s", quote: "  " }], verified: "2026-11-22" };
    expect(messages(claimSchema.safeParse(claim))).toContain("a citation needs a verbatim quote");
  });
});

describe("ruleSchema", () => {
  it("accepts a well-formed rule", () => {
    expect(ruleSchema.safeParse(goodRule).success).toBe(true);
  });

  it("requires a question for possible and none for yes", () => {
    expect(messages(ruleSchema.safeParse({ ...goodRule, question: undefined }))).toContain(
      'rule "a-rule" says "possible", so it must give the question that would settle it',
    );
    expect(messages(ruleSchema.safeParse({ ...goodRule, verdict: "yes" }))).toContain(
      'rule "a-rule" says "yes", so it must not ask a question',
    );
  });

  it("keeps mechanisms, windows and gates consistent with the verdict", () => {
    const no = ruleSchema.safeParse({ ...goodRule, verdict: "no", question: undefined });
    expect(messages(no)).toEqual(
      expect.arrayContaining([
        'rule "a-rule" says "no", so it must list no mechanisms',
        'rule "a-rule" says "no", so it must have no window',
      ]),
    );
    expect(messages(ruleSchema.safeParse({ ...goodRule, gate: true }))).toContain(
      'rule "a-rule" is a gate, so its verdict must be "no", not "possible"',
    );
  });

  it("refuses unknown placeholders", () => {
    expect(messages(ruleSchema.safeParse({ ...goodRule, window: "{period}" }))).toContain(
      'rule "a-rule" uses the unknown placeholder {period} in its window; only {retention} exists',
    );
  });

  it("refuses a condition that mentions an unknown answer", () => {
    expect(
      ruleSchema.safeParse({ ...goodRule, when: { kind: "setting", setting: "zdr", is: "unknown" } }).success,
    ).toBe(false);
  });
});
