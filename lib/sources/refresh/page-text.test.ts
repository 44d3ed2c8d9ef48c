import { describe, expect, it } from "vitest";
import { bodyKind, markdownLinks, mediaType, pageText } from "./page-text";

describe("mediaType", () => {
  it("drops parameters and case", () => {
    expect(mediaType("Text/HTML; charset=UTF-8")).toBe("text/html");
    expect(mediaType(null)).toBe("");
  });
});

describe("bodyKind", () => {
  it("reads HTML as HTML and Markdown or plain text as text", () => {
    expect(bodyKind("text/html", "https://x.test/a")).toBe("html");
    expect(bodyKind("application/xhtml+xml", "https://x.test/a")).toBe("html");
    expect(bodyKind("text/markdown; charset=utf-8", "https://x.test/a")).toBe("text");
    expect(bodyKind("text/plain", "https://x.test/a")).toBe("text");
  });

  it("keeps a .md address as text when served without a useful type", () => {
    expect(bodyKind("application/octet-stream", "https://x.test/api/compliance.md")).toBe("text");
    expect(bodyKind(null, "https://x.test/api/compliance.md")).toBe("text");
  });

  it("refuses images, PDFs and JSON", () => {
    expect(bodyKind("image/png", "https://x.test/a")).toBe("unsupported");
    expect(bodyKind("application/pdf", "https://x.test/a.md")).toBe("unsupported");
    expect(bodyKind("application/json", "https://x.test/a")).toBe("unsupported");
  });
});

describe("markdownLinks", () => {
  it("finds Markdown links and resolves them against the page", () => {
    expect(
      markdownLinks('See [Audit logs](/en/audit "title") and [x](https://o.test/y).', "https://d.test/en/a"),
    ).toEqual([
      { url: "https://d.test/en/audit", text: "Audit logs" },
      { url: "https://o.test/y", text: "x" },
    ]);
  });
});

describe("pageText", () => {
  it("keeps a Markdown page byte for byte", () => {
    const body = "# Title\n\n* item\n";
    expect(pageText(body, "text/markdown", "https://x.test/a")).toEqual({ kind: "text", text: body, links: [] });
  });

  it("turns HTML into Markdown", () => {
    expect(pageText("<main><p>Hi</p></main>", "text/html", "https://x.test/a")).toEqual({
      kind: "text",
      text: "Hi\n",
      links: [],
    });
  });

  it("says why it cannot read a body", () => {
    expect(pageText("%PDF", "application/pdf", "https://x.test/a")).toEqual({
      kind: "unsupported",
      reason: "not HTML or text (application/pdf)",
    });
  });
});
