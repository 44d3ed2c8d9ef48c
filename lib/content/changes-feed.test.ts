import { DOMParser, onWarningStopParsing } from "@xmldom/xmldom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { changeLog } from "./changes";
import { ATOM_NAMESPACE } from "@/lib/changes/feed";
import { siteChangesFeed } from "./changes-feed";

afterEach(() => {
  vi.unstubAllEnvs();
});

function hrefsOf(xml: string): string[] {
  const doc = new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, "text/xml");
  return Array.from(doc.getElementsByTagName("*"))
    .map((element) => element.getAttribute("href"))
    .filter((href): href is string => href !== null);
}

describe("siteChangesFeed", () => {
  it("has an entry for every change in the log", () => {
    const doc = new DOMParser({ onError: onWarningStopParsing }).parseFromString(siteChangesFeed(), "text/xml");
    expect(doc.getElementsByTagNameNS(ATOM_NAMESPACE, "entry")).toHaveLength(changeLog.length);
  });

  it("links under an organization's address and base path", () => {
    vi.stubEnv("ORG_PROFILE", "examples/northwind/org-profile.json");
    vi.stubEnv("SITE_URL", "");
    const hrefs = hrefsOf(siteChangesFeed());
    expect(hrefs).toContain("https://docs.northwind.example/privacy/ai/changes/feed.xml");
    const own = hrefs.filter((href) => new URL(href).host === "docs.northwind.example");
    for (const href of own) expect(href.startsWith("https://docs.northwind.example/privacy/ai/")).toBe(true);
  });

  it("follows SITE_URL in the general edition", () => {
    vi.stubEnv("ORG_PROFILE", "");
    vi.stubEnv("SITE_URL", "https://employer-visibility.example/");
    expect(hrefsOf(siteChangesFeed())).toContain("https://employer-visibility.example/changes/");
  });
});
