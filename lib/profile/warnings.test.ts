import { describe, expect, it } from "vitest";
import { profileWarnings } from "./warnings";

describe("profileWarnings", () => {
  it("warns when an organization's edition has no public address", () => {
    const warnings = profileWarnings({ basePath: "/privacy/ai" }, {});
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('no "siteUrl"');
    expect(warnings[0]).toContain("http://localhost:3000");
    expect(warnings[0]).toContain("https://docs.example.com/privacy/ai/");
  });

  it("is silent when the profile sets siteUrl", () => {
    expect(profileWarnings({ siteUrl: "https://docs.northwind.example" }, {})).toEqual([]);
  });

  it("is silent when SITE_URL is set for the build", () => {
    expect(profileWarnings({}, { SITE_URL: "https://staging.example" })).toEqual([]);
  });
});
