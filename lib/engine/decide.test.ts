import { describe, expect, it } from "vitest";
import { decide } from "./decide";
import { all } from "@/lib/model/conditions";
import type { Rule } from "@/lib/model/content-schema";

const rule = (id: string, verdict: Rule["verdict"], extra: Partial<Rule> = {}): Rule => ({
  id,
  when: all(),
  data: ["chat-content"],
  audiences: ["admins"],
  verdict,
  mechanisms: verdict === "no" ? [] : ["data-export"],
  ...(verdict === "no" ? {} : { window: "a while" }),
  reason: `${id}.`,
  ...(verdict === "possible" ? { question: "Ask?" } : {}),
  claims: ["export-who"],
  ...extra,
});

describe("decide", () => {
  it("lets a gate close the cell whatever grants match", () => {
    const gate = rule("gate", "no", { gate: true });
    expect(decide([rule("grant", "yes"), gate])).toEqual({ verdict: "no", rules: [gate] });
  });

  it("takes the strongest grant and every rule at that strength", () => {
    const first = rule("first", "yes");
    const second = rule("second", "yes");
    expect(decide([rule("maybe", "possible"), first, rule("closed", "no"), second])).toEqual({
      verdict: "yes",
      rules: [first, second],
    });
  });

  it("explains a closed cell with the first matching no", () => {
    const first = rule("first", "no");
    expect(decide([first, rule("second", "no")])).toEqual({ verdict: "no", rules: [first] });
  });

  it("returns undefined when nothing matches", () => {
    expect(decide([])).toBeUndefined();
  });
});
