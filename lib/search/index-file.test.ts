import { describe, expect, it } from "vitest";
import { SEARCH_INDEX_FILE, searchIndexUrl } from "./index-file";

describe("searchIndexUrl", () => {
  it("is relative to the search page, so a site under a sub-path finds its own index", () => {
    expect(searchIndexUrl()).toBe(`../${SEARCH_INDEX_FILE}`);
    expect(new URL(searchIndexUrl(), "https://docs.example.com/privacy/ai/search/").pathname).toBe(
      "/privacy/ai/data/search-index.json",
    );
  });
});
