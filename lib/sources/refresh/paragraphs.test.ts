import { describe, expect, it } from "vitest";
import { paragraphDiff, paragraphsOf, sameText } from "./paragraphs";

describe("paragraphsOf", () => {
  it("drops heading, list, quotation and table marks, one paragraph per item or row", () => {
    const text =
      "## Who can see\n\n* Owners\n* **Admins**\n\n> Note: it\u2019s kept\n\n| Role | Can export |\n| --- | :-: |\n| Owner | Yes |\n";
    expect(paragraphsOf(text)).toEqual([
      "Who can see",
      "Owners",
      "Admins",
      "Note: it's kept",
      "Role | Can export",
      "Owner | Yes",
    ]);
  });

  it("gives a tight list and a loose one the same paragraphs, and keeps an autolink's address", () => {
    expect(paragraphsOf("1. One\n   more\n2. Two\n")).toEqual(["One more", "Two"]);
    expect(paragraphsOf("1. One\n   more\n\n2. Two\n")).toEqual(["One more", "Two"]);
    expect(paragraphsOf("Index at: <https://d.test/llms.txt>")).toEqual(["Index at: https://d.test/llms.txt"]);
  });

  it("drops code fences and thematic breaks but keeps the code", () => {
    expect(paragraphsOf('```json\n{ "a": 1 }\n```\n\n---\n\nEnd')).toEqual(['{ "a": 1 }', "End"]);
  });
});

describe("sameText", () => {
  it("is true when only the marks differ, as between a Markdown source and its HTML rendering", () => {
    const source = "# Exports\n\n* Chats\n* Files\n\nSee [the guide](/guide).\n";
    const rendered = "# Exports\n\n- Chats\n- Files\n\nSee [the guide](https://example.test/guide).\n";
    expect(sameText(source, rendered)).toBe(true);
  });

  it("is false when a word changed", () => {
    expect(sameText("Kept for 30 days.", "Kept for 90 days.")).toBe(false);
  });
});

describe("paragraphDiff", () => {
  it("lists removed and added paragraphs in page order, leaving out the unchanged ones", () => {
    expect(paragraphDiff("A\n\nB\n\nC\n", "A\n\nB2\n\nC\n\nD\n")).toEqual([
      { change: "removed", text: "B" },
      { change: "added", text: "B2" },
      { change: "added", text: "D" },
    ]);
  });
});
