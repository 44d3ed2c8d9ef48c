import { describe, expect, it } from "vitest";
import { search, searchIndexUrl } from "./search";

const docs = [
  {
    href: "/a/",
    title: "Audit logs",
    description: "Events",
    text: "The conversation_renamed event keeps the new name.",
  },
  { href: "/b/", title: "Incognito", description: "Hidden chats", text: "Audit logs are elsewhere. Thirty days." },
];

describe("search", () => {
  it("finds a page by a word only in its body", () => {
    expect(search(docs, "conversation_renamed").map((hit) => hit.href)).toEqual(["/a/"]);
  });
  it("ranks a title match above a body match", () => {
    expect(search(docs, "audit").map((hit) => hit.href)).toEqual(["/a/", "/b/"]);
  });
  it("needs every word", () => {
    expect(search(docs, "audit thirty").map((hit) => hit.href)).toEqual(["/b/"]);
  });
  it("returns nothing for an empty query", () => {
    expect(search(docs, "  ")).toEqual([]);
  });
  it("gives a snippet around the first word", () => {
    expect(search(docs, "renamed")[0]!.snippet).toContain("renamed");
  });
});

describe("searchIndexUrl", () => {
  it("is relative, so a sub-path host works", () => {
    expect(searchIndexUrl().startsWith("/")).toBe(false);
  });
});
