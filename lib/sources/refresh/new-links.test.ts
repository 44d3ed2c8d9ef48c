import { describe, expect, it } from "vitest";
import { linkKey, maxNewLinks, newTopicLinks } from "./new-links";

const hosts = new Set(["docs.test"]);

describe("linkKey", () => {
  it("names a page as snapshot folders do: no trailing slash, no .md, no query or fragment", () => {
    expect(linkKey(new URL("https://docs.test/en/api/compliance.md?x=1#y"))).toBe("docs.test/en/api/compliance");
    expect(linkKey(new URL("https://docs.test/en/audit/"))).toBe("docs.test/en/audit");
  });
});

describe("newTopicLinks", () => {
  it("keeps links to uncited pages on official hosts whose text or address names a topic", () => {
    const found = new Map([
      [
        "docs.test/en/a",
        [
          { url: "https://docs.test/en/access-transparency-logs", text: "Logs" },
          { url: "https://docs.test/en/pricing", text: "Pricing" },
          { url: "https://docs.test/en/b#section", text: "Audit, cited already" },
          { url: "https://elsewhere.test/audit", text: "Audit elsewhere" },
          { url: "mailto:privacy@docs.test", text: "Export by mail" },
          { url: "https://docs.test/en/cowork-admin", text: "Set up Cowork" },
        ],
      ],
      ["docs.test/en/b", [{ url: "https://docs.test/en/cowork-admin/", text: "" }]],
    ]);
    expect(newTopicLinks(found, hosts, new Set(["docs.test/en/a", "docs.test/en/b"]))).toEqual({
      links: [
        {
          url: "https://docs.test/en/access-transparency-logs",
          text: "Logs",
          topics: ["access transparency"],
          from: ["docs.test/en/a"],
        },
        {
          url: "https://docs.test/en/cowork-admin",
          text: "Set up Cowork",
          topics: ["cowork"],
          from: ["docs.test/en/a", "docs.test/en/b"],
        },
      ],
      omitted: 0,
    });
  });

  it("matches topics at the start of words only", () => {
    const found = new Map([["p", [{ url: "https://docs.test/reexported", text: "Reexported" }]]]);
    expect(newTopicLinks(found, hosts, new Set()).links).toEqual([]);
  });

  it("keeps the list short and says how many were left out", () => {
    const links = Array.from({ length: maxNewLinks + 3 }, (_, index) => ({
      url: `https://docs.test/audit-${String(index).padStart(2, "0")}`,
      text: "Audit",
    }));
    const result = newTopicLinks(new Map([["p", links]]), hosts, new Set());
    expect(result.links).toHaveLength(maxNewLinks);
    expect(result.links[0]!.url).toBe("https://docs.test/audit-00");
    expect(result.omitted).toBe(3);
  });
});
