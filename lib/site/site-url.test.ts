import { afterEach, describe, expect, it, vi } from "vitest";
import { absoluteUrl, configuredOrigin, printedAddress, siteOrigin } from "./site-url";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("configuredOrigin", () => {
  it("is undefined when neither SITE_URL nor a profile sets one", () => {
    vi.stubEnv("ORG_PROFILE", "");
    vi.stubEnv("SITE_URL", "");
    expect(configuredOrigin()).toBeUndefined();
  });

  it("takes SITE_URL before the profile's siteUrl, without a trailing slash", () => {
    vi.stubEnv("ORG_PROFILE", "examples/northwind/org-profile.json");
    vi.stubEnv("SITE_URL", "https://staging.example/");
    expect(configuredOrigin()).toBe("https://staging.example");
  });
});

describe("siteOrigin", () => {
  it("falls back to the local server, without a trailing slash", () => {
    vi.stubEnv("ORG_PROFILE", "");
    vi.stubEnv("SITE_URL", "");
    expect(siteOrigin()).toBe("http://localhost:3000");
    vi.stubEnv("SITE_URL", "https://example.org/");
    expect(siteOrigin()).toBe("https://example.org");
  });

  it("takes the profile's siteUrl unless SITE_URL is set", () => {
    vi.stubEnv("ORG_PROFILE", "examples/northwind/org-profile.json");
    vi.stubEnv("SITE_URL", "");
    expect(siteOrigin()).toBe("https://docs.northwind.example");
    vi.stubEnv("SITE_URL", "https://staging.example");
    expect(siteOrigin()).toBe("https://staging.example");
  });
});

describe("absoluteUrl", () => {
  it("is origin, then base path, then the path", () => {
    vi.stubEnv("ORG_PROFILE", "examples/northwind/org-profile.json");
    vi.stubEnv("SITE_URL", "");
    expect(absoluteUrl("/onboarding/")).toBe("https://docs.northwind.example/privacy/ai/onboarding/");
  });

  it("has no base path in the general edition", () => {
    vi.stubEnv("ORG_PROFILE", "");
    vi.stubEnv("SITE_URL", "");
    expect(absoluteUrl("sitemap.xml")).toBe("http://localhost:3000/sitemap.xml");
  });
});

describe("printedAddress", () => {
  it("is the path alone, never localhost, when no origin is configured", () => {
    vi.stubEnv("ORG_PROFILE", "");
    vi.stubEnv("SITE_URL", "");
    expect(printedAddress("/check/")).toBe("/check/");
    expect(printedAddress("sources/")).toBe("/sources/");
  });

  it("is absolute, base path included, when an origin is configured", () => {
    vi.stubEnv("ORG_PROFILE", "examples/northwind/org-profile.json");
    vi.stubEnv("SITE_URL", "");
    expect(printedAddress("/check/")).toBe("https://docs.northwind.example/privacy/ai/check/");
  });
});
