import { describe, expect, it } from "vitest";
import { model } from "@/lib/model/model";
import { latestClaimVerification } from "./latest-claim-verification";

describe("latestClaimVerification", () => {
  it("is the latest verification date of any claim", () => {
    const latest = latestClaimVerification();
    expect(model.claims.some((claim) => claim.verified === latest)).toBe(true);
    expect(model.claims.every((claim) => claim.verified <= latest)).toBe(true);
  });
});
