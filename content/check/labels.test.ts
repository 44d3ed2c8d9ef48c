import { describe, expect, it } from "vitest";
import { model } from "@/lib/model/model";
import { roleWords } from "./labels";

describe("roleWords", () => {
  it("cites only claims that exist, for every account", () => {
    const known = new Set(model.claims.map((claim) => claim.id));
    for (const [account, words] of Object.entries(roleWords)) {
      for (const claim of words.claims) expect(known, `${account} → ${claim}`).toContain(claim);
    }
  });
});
