import { describe, expect, it } from "vitest";
import { activityTypes as entries } from "@/content/catalogue/activity-types";
import { model } from "@/lib/model/model";
import { parseActivityTypes } from "@/lib/catalogue/activity-type-schema";
import { activityTypeById, activityTypes } from "./catalogue";

const claimIds = new Set(model.claims.map((claim) => claim.id));

describe("activityTypes", () => {
  it("holds both Access Transparency types", () => {
    expect(activityTypes.filter((entry) => entry.group === "access-transparency").map((entry) => entry.id)).toEqual([
      "anthropic_access",
      "cmek_preserve",
    ]);
  });

  it("holds only types some claim's quote names", () => {
    for (const entry of activityTypes) {
      const quotes = entry.claims.flatMap((id) =>
        model.claims.find((claim) => claim.id === id)!.citations.map((c) => c.quote),
      );
      expect(
        quotes.some((quote) => quote.includes(entry.id)),
        entry.id,
      ).toBe(true);
    }
  });
});

describe("activityTypeById", () => {
  it("finds a type, and nothing for an unknown one", () => {
    expect(activityTypeById("cmek_preserve")?.group).toBe("access-transparency");
    expect(activityTypeById("sso_login_succeeded")).toBeUndefined();
  });
});

describe("parseActivityTypes", () => {
  it("refuses a duplicate and a missing claim", () => {
    expect(() => parseActivityTypes([...entries, entries[0]], claimIds)).toThrow(/duplicate activity type/);
    expect(() => parseActivityTypes([{ ...entries[0]!, claims: ["nope"] }], claimIds)).toThrow(/does not exist/);
  });
});
