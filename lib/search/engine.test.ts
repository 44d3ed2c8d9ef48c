import { describe, expect, it } from "vitest";
import { createSiteSearch } from "./engine";
import type { SearchIndex } from "./schema";

const index: SearchIndex = {
  version: 1,
  pages: [
    {
      path: "/layers/exports-and-compliance-api/",
      title: "Data exports and the Compliance API",
      sections: [
        { id: "", heading: "", text: "The layer with the words in it." },
        {
          id: "what-happens-when-you-delete-a-chat",
          heading: "What happens when you delete a chat",
          text: "The Compliance API keeps returning it, marked as soft-deleted, until the retention period ends.",
        },
      ],
    },
    {
      path: "/glossary/",
      title: "Glossary",
      sections: [
        { id: "term-incognito", heading: "incognito chat", text: "A chat that is not saved to your own history." },
        { id: "term-owner", heading: "Owner", text: "A role below the Primary Owner." },
      ],
    },
    {
      path: "/",
      title: "What can my employer see?",
      sections: [
        { id: "incognito", heading: "4. Incognito chats", text: "Hidden from you, not from your organization." },
      ],
    },
    {
      path: "/layers/",
      title: "The six layers",
      sections: [
        { id: "incognito", heading: "4. Incognito chats", text: "Hidden from you, not from your organization." },
      ],
    },
  ],
};

const search = await createSiteSearch(index);
const hrefs = (query: string) => search.search(query).hits.map((hit) => hit.href);

describe("createSiteSearch", () => {
  it("links each hit to the section it was found in", () => {
    expect(hrefs("soft-deleted")).toEqual(["/layers/exports-and-compliance-api/#what-happens-when-you-delete-a-chat"]);
    const [hit] = search.search("primary owner").hits;
    expect(hit).toMatchObject({ href: "/glossary/#term-owner", page: "Glossary", heading: "Owner" });
  });

  it("links a hit at the top of a page to the page itself", () => {
    expect(hrefs("layer with the words")).toEqual(["/layers/exports-and-compliance-api/"]);
  });

  it("finds words by their beginning", () => {
    expect(hrefs("retent")).toEqual(["/layers/exports-and-compliance-api/#what-happens-when-you-delete-a-chat"]);
  });

  it("forgives a typo", () => {
    expect(hrefs("incognitto")).toContain("/glossary/#term-incognito");
    expect(hrefs("complaince")).toContain("/layers/exports-and-compliance-api/#what-happens-when-you-delete-a-chat");
  });

  it("needs every word while some section has them all, and says when it falls back on some", () => {
    expect(search.search("incognito history")).toMatchObject({
      everyWord: true,
      hits: [{ href: "/glossary/#term-incognito" }],
    });
    const fallback = search.search("incognito zebra");
    expect(fallback.everyWord).toBe(false);
    expect(fallback.hits.map((hit) => hit.href)).toContain("/glossary/#term-incognito");
  });

  it("puts the top of a page first when its title has the word", () => {
    expect(hrefs("compliance")[0]).toBe("/layers/exports-and-compliance-api/");
  });

  it("lists a section shown on two pages once", () => {
    expect(hrefs("hidden organization")).toEqual(["/#incognito"]);
  });

  it("marks the matched words in the snippet", () => {
    const [hit] = search.search("retention").hits;
    expect(hit!.snippet.filter((part) => part.hit).map((part) => part.text)).toEqual(["retention"]);
  });

  it("returns nothing for an empty query or punctuation alone", () => {
    expect(search.search("  ").hits).toEqual([]);
    expect(search.search("?!").hits).toEqual([]);
  });

  it("indexes every section of a site larger than one task's share", async () => {
    const sections = Array.from({ length: 60 }, (_, at) => ({
      id: `s${at}`,
      heading: `Part ${at}`,
      text: `word${at}`,
    }));
    const large = await createSiteSearch({ version: 1, pages: [{ path: "/long/", title: "Long", sections }] });
    // Prefix and typo matching find neighbours too ("word1" starts "word10"); the exact match ranks first.
    for (const at of [0, 24, 25, 59]) expect(large.search(`word${at}`).hits[0]?.href).toBe(`/long/#s${at}`);
  });
});
