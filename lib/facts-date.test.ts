import { describe, expect, it } from "vitest";
import { model } from "@/lib/model/model";
import { factsLastVerified } from "./facts-date";

describe("factsLastVerified", () => {
  it("is the latest verification date of any claim", () => {
    const latest = factsLastVerified();
    expect(model.claims.some((claim) => claim.verified === latest)).toBe(true);
    expect(model.claims.every((claim) => claim.verified <= latest)).toBe(true);
  });
});
