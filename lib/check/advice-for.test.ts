import { describe, expect, it } from "vitest";
import { advice } from "@/content/check/advice";
import { toSituation } from "@/lib/content/check-questions";
import { model } from "@/lib/model/model";
import type { Answers } from "./answers";
import { adviceFor } from "./advice-for";
import { answers } from "./test-support";

describe("adviceFor", () => {
  it("warns about incognito only when someone uses it on Team or Enterprise", () => {
    const ids = (partial: Partial<Answers>) => adviceFor(toSituation(answers(partial))!, advice).map((item) => item.id);
    expect(ids({ account: "team", behaviours: ["incognito"] })).toContain("incognito-is-not-private");
    expect(ids({ account: "team" })).not.toContain("incognito-is-not-private");
    expect(ids({ account: "personal", behaviours: ["incognito"] })).not.toContain("incognito-is-not-private");
  });

  it("counts advice about an unknown setting as applying", () => {
    const ids = adviceFor(
      toSituation(answers({ account: "enterprise", surfaces: ["claude-code-work-login"] }))!,
      advice,
    ).map((item) => item.id);
    expect(ids).toContain("telemetry-ask");
  });

  it("cites only claims that exist", () => {
    const known = new Set(model.claims.map((claim) => claim.id));
    for (const item of advice) for (const claim of item.claims) expect(known, `${item.id} → ${claim}`).toContain(claim);
  });
});
