import { describe, expect, it } from "vitest";
import { conditionSchema } from "./condition-schema";
import { account, all, any, behaviour, not, partnerCloud, settingOff, settingOn, surface } from "./conditions";

describe("condition builders", () => {
  it("build plain data the condition schema accepts", () => {
    const condition = all(
      account("enterprise"),
      any(surface("claude-apps"), behaviour("incognito")),
      not(settingOn("zdr")),
      settingOff("cmek"),
      partnerCloud("foundry"),
    );
    expect(conditionSchema.parse(condition)).toEqual(condition);
    expect(JSON.parse(JSON.stringify(condition))).toEqual(condition);
  });
});
