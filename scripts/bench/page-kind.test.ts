import { describe, expect, it } from "vitest";
import { isEmbed, pageKind } from "./page-kind";

describe("pageKind", () => {
  it("counts the check, the decoder and the computer reader as tools, embedded or not", () => {
    for (const path of ["/check/", "/embed/check/", "/decode/", "/computer/"]) expect(pageKind(path)).toBe("tool");
  });

  it("counts each layer's explainer and its embed as explainers", () => {
    expect(pageKind("/layers/audit-logs/")).toBe("explainer");
    expect(pageKind("/embed/layers/audit-logs/")).toBe("explainer");
  });

  it("counts the list of layers, ready-made reports and everything else as plain pages", () => {
    for (const path of ["/", "/layers/", "/check/report/team/", "/onboarding/report/team/", "/sources/", "/search/"])
      expect(pageKind(path)).toBe("page");
  });
});

describe("isEmbed", () => {
  it("tells embed views from the pages they embed", () => {
    expect(isEmbed("/embed/check/")).toBe(true);
    expect(isEmbed("/check/")).toBe(false);
  });
});
