import { describe, expect, it } from "vitest";
import { fillPlaceholders, retentionPhrase } from "./retention";
import { makeSituation } from "@/lib/model/situation-schema";

describe("retentionPhrase", () => {
  it("says indefinitely for Enterprise without custom retention", () => {
    expect(retentionPhrase(makeSituation({ account: "enterprise", settings: { "custom-retention": "no" } }))).toMatch(
      /^indefinitely, Enterprise's default/,
    );
  });

  it("uses the custom period when it is known", () => {
    expect(
      retentionPhrase(
        makeSituation({ account: "enterprise", settings: { "custom-retention": "yes" }, retentionDays: 45 }),
      ),
    ).toBe("45 days after the last message, under your organization's custom retention period");
    expect(retentionPhrase(makeSituation({ account: "enterprise", settings: { "custom-retention": "yes" } }))).toBe(
      "until your organization's custom retention period ends",
    );
  });

  it("gives both possibilities when custom retention is unknown", () => {
    expect(retentionPhrase(makeSituation({ account: "enterprise" }))).toBe(
      "indefinitely by default on Enterprise, or, if a custom retention period is set, until your organization's custom retention period ends",
    );
  });

  it("describes Team and other accounts without inventing a period", () => {
    expect(retentionPhrase(makeSituation({ account: "team" }))).toBe(
      "as long as the chat stays in your organization's history",
    );
    expect(retentionPhrase(makeSituation({ account: "personal" }))).toBe("as long as your account keeps it");
  });
});

describe("fillPlaceholders", () => {
  it("replaces every {retention} and leaves other text alone", () => {
    const situation = makeSituation({ account: "team" });
    expect(fillPlaceholders("{retention}; and {retention}", situation)).toBe(
      "as long as the chat stays in your organization's history; and as long as the chat stays in your organization's history",
    );
    expect(fillPlaceholders("six years", situation)).toBe("six years");
  });
});
