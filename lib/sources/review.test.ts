import { describe, expect, it } from "vitest";
import { claimReviewOf, firmVerdictsOnUnverifiedClaims, reviewClaims, reviewQuote } from "./review";

const full = (captured: string, text: string) => ({ captured, coverage: "full" as const, text, gone: [] as string[] });
const excerpt = (captured: string, text: string, gone: string[] = []) => ({
  captured,
  coverage: "excerpt" as const,
  text,
  gone,
});

describe("reviewQuote", () => {
  it("is verified when the newest full copy has the quote, dated by that copy", () => {
    expect(
      reviewQuote("keys are kept", [full("2026-06-17", "keys are kept"), full("2026-08-14", "keys are kept")]),
    ).toEqual({
      state: "verified",
      date: "2026-08-14",
    });
  });

  it("is source-changed when only an older copy has it, with when it was last seen and gone since", () => {
    expect(
      reviewQuote("only the primary owner", [
        full("2026-06-17", "only the primary owner"),
        full("2026-07-08", "owners too"),
      ]),
    ).toEqual({
      state: "source-changed",
      lastSeen: "2026-06-17",
      goneSince: "2026-07-08",
    });
  });

  it("lets a newer excerpt confirm a quote but never prove it gone", () => {
    const history = [full("2026-08-14", "the full page text"), excerpt("2026-11-29", "only the opening note")];
    expect(reviewQuote("the full page text", history)).toEqual({ state: "verified", date: "2026-08-14" });
    expect(reviewQuote("only the opening note", history)).toEqual({ state: "verified", date: "2026-11-29" });
  });

  it("takes an excerpt's named gone passage as proof that the quote went", () => {
    const history = [
      excerpt("2026-06-30", "up to the past 90 days"),
      excerpt("2026-11-29", "new text", ["up to the past 90 days"]),
    ];
    expect(reviewQuote("up to the past 90 days", history)).toEqual({
      state: "source-changed",
      lastSeen: "2026-06-30",
      goneSince: "2026-11-29",
    });
  });

  it("is quote-missing when no copy has it", () => {
    expect(reviewQuote("never said", [full("2026-08-14", "something else")])).toEqual({ state: "quote-missing" });
    expect(reviewQuote("never said", [])).toEqual({ state: "quote-missing" });
  });
});

describe("claimReviewOf", () => {
  it("lets a gone or missing quote outweigh verified ones", () => {
    expect(
      claimReviewOf([
        { state: "verified", date: "2026-08-14" },
        { state: "source-changed", lastSeen: "2026-06-17", goneSince: "2026-07-08" },
      ]).state,
    ).toBe("source-changed");
    expect(claimReviewOf([{ state: "verified", date: "2026-08-14" }, { state: "quote-missing" }]).state).toBe(
      "quote-missing",
    );
  });

  it("dates a verified claim by its oldest verified copy, and labels a claim with no official quote third-party", () => {
    expect(
      claimReviewOf([
        { state: "verified", date: "2026-08-14" },
        { state: "verified", date: "2026-07-15" },
        { state: "third-party" },
      ]),
    ).toEqual({ state: "verified", date: "2026-07-15" });
    expect(claimReviewOf([{ state: "third-party" }])).toEqual({ state: "third-party" });
  });
});

describe("reviewClaims and firmVerdictsOnUnverifiedClaims", () => {
  const model = {
    sources: [
      { id: "page", kind: "official" as const, snapshot: "host.claude.com/page" },
      { id: "blog", kind: "third-party" as const },
    ],
    claims: [
      { id: "current", citations: [{ source: "page", quote: "Owners can create keys" }] },
      { id: "old", citations: [{ source: "page", quote: "Only the Primary Owner can create keys" }] },
      { id: "hearsay", citations: [{ source: "blog", quote: "anything" }] },
    ],
  };
  const histories = new Map([
    [
      "host.claude.com/page",
      [full("2026-06-17", "Only the Primary Owner can create keys."), full("2026-07-08", "Owners can create keys.")],
    ],
  ]);
  const reviews = reviewClaims(model, histories);

  it("derive each claim's state from the page's history", () => {
    expect(reviews).toEqual({
      current: { state: "verified", date: "2026-07-08" },
      old: { state: "source-changed", lastSeen: "2026-06-17", goneSince: "2026-07-08" },
      hearsay: { state: "third-party" },
    });
  });

  it("refuse a firm verdict on a claim whose quote is gone, and allow a possible one", () => {
    const rules = [
      { id: "firm", verdict: "yes", claims: ["old", "current"] },
      { id: "open", verdict: "possible", claims: ["old"] },
      { id: "fine", verdict: "no", claims: ["current", "hearsay"] },
    ];
    const problems = firmVerdictsOnUnverifiedClaims(rules, reviews);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/rule "firm" says "yes" but rests on claim "old"/);
  });
});
