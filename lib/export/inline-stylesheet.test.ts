import { describe, expect, it } from "vitest";
import { inlineStylesheet, UnexpectedStylesheetsError } from "./inline-stylesheet";

const link = (href: string) => `<link rel="stylesheet" href="${href}" data-precedence="next"/>`;
const page = (head: string) => `<html><head>${head}</head><body>${link("/in-body.css")}</body></html>`;

describe("inlineStylesheet", () => {
  it("replaces the head's style sheet link with the sheet's text", () => {
    const html = inlineStylesheet(page(link("/a.css")), "p.html", (href) => `/* ${href} */ p{color:red}`);
    expect(html).toBe(
      `<html><head><style data-precedence="next">/* /a.css */ p{color:red}</style></head><body>${link("/in-body.css")}</body></html>`,
    );
  });

  it("refuses a head with no sheet or several", () => {
    expect(() => inlineStylesheet(page(""), "p.html", () => "")).toThrow(UnexpectedStylesheetsError);
    expect(() => inlineStylesheet(page(link("/a.css") + link("/b.css")), "p.html", () => "")).toThrow(
      UnexpectedStylesheetsError,
    );
  });

  it("refuses a sheet that would close the style element early", () => {
    expect(() => inlineStylesheet(page(link("/a.css")), "p.html", () => "a{}</style><script>")).toThrow(
      UnexpectedStylesheetsError,
    );
  });
});
