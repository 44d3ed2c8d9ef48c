import { describe, expect, it } from "vitest";
import { nearestPassage, normaliseText, quoteFound, quoteParts } from "./quotes";

describe("normaliseText", () => {
  it("folds white space, curly quotes and dashes", () => {
    expect(normaliseText("It\u2019s  \u201cfine\u201d\n\u2014 really \u2013 ok")).toBe(`It's "fine" - really - ok`);
  });

  it("keeps the text of Markdown links and drops their addresses", () => {
    expect(normaliseText("see [Organization settings > API](https://claude.ai/admin-settings/api)")).toBe(
      "see Organization settings > API",
    );
  });

  it("removes emphasis, code marks, escapes and MDX or HTML tags, keeping identifiers whole", () => {
    expect(normaliseText("**Note:** the `user_signed_in` event\\_x <Note>inside</Note> *stays*")).toBe(
      "Note: the user_signed_in event_x inside stays",
    );
  });

  it("keeps the address of an autolink", () => {
    expect(normaliseText("at <https://claude.ai/settings> now")).toBe("at https://claude.ai/settings now");
  });

  it("decodes common entities and keeps table pipes", () => {
    expect(normaliseText("A &amp; B | No |")).toBe("A & B | No |");
  });
});

describe("quoteFound", () => {
  const page = normaliseText("Chats are **kept** for 30 days. After that, they are deleted from back-end storage.");

  it("finds a quote written as a reader sees the page", () => {
    expect(quoteFound("Chats are kept for 30 days.", page)).toBe(true);
  });

  it("accepts an ellipsis for left-out text, in order only", () => {
    expect(quoteFound("Chats are kept \u2026 deleted from back-end storage", page)).toBe(true);
    expect(quoteFound("deleted from back-end storage \u2026 Chats are kept", page)).toBe(false);
  });

  it("refuses an altered word", () => {
    expect(quoteFound("Chats are kept for 60 days.", page)).toBe(false);
  });

  it("refuses an empty quote", () => {
    expect(quoteParts(" \u2026 ")).toEqual([]);
    expect(quoteFound(" \u2026 ", page)).toBe(false);
  });
});

describe("nearestPassage", () => {
  it("points at the passage that says the most of the quote", () => {
    const page = normaliseText(
      "Unrelated opening text about billing. Audit logs are available for Enterprise organizations only. Closing words.",
    );
    expect(nearestPassage("Audit logs are available only for Enterprise organizations.", page)).toContain(
      "Audit logs are available for Enterprise organizations only.",
    );
  });
});
