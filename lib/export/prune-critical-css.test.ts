import { describe, expect, it } from "vitest";
import { pruneCriticalCss } from "./prune-critical-css";

const page = (body: string) => `<html><head></head><body>${body}</body></html>`;

describe("pruneCriticalCss", () => {
  it("drops custom properties nothing reads, and keeps those a declaration reads", () => {
    const css =
      ":root{--color-fg:#111;--color-unused:#222}.text-fg{color:var(--color-fg)}.font-semibold{--tw-font-weight:600;font-weight:600}";
    expect(pruneCriticalCss(css, page(""))).toBe(
      ":root{--color-fg:#111}.text-fg{color:var(--color-fg)}.font-semibold{font-weight:600}",
    );
  });

  it("follows reads through other custom properties", () => {
    const css =
      ":root{--font-sans:Inter;--default-font-family:var(--font-sans);--font-mono:Mono}html{font-family:var( --default-font-family)}";
    expect(pruneCriticalCss(css, page(""))).toBe(
      ":root{--font-sans:Inter;--default-font-family:var(--font-sans)}html{font-family:var( --default-font-family)}",
    );
  });

  it("keeps a custom property the page's own attributes or styles read", () => {
    const css = ":root{--color-yes:red;--color-no:green;--color-accent:blue}";
    const html = page(
      '<svg><path fill="var(--color-yes)"/></svg><p style="color:var(--color-no)">x</p><style>a{color:var(--color-accent)}</style>',
    );
    expect(pruneCriticalCss(css, html)).toBe(css);
  });

  it("drops an @property rule nothing reads, and blocks left empty", () => {
    const css = [
      "@layer properties{@supports (-moz-orient:inline){*,:before{--tw-border-style:solid;--tw-rotate-x:initial}}}",
      "@layer utilities{.border{border-style:var(--tw-border-style)}.rotate-x{--tw-rotate-x:1deg}}",
      '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}',
      '@property --tw-rotate-x{syntax:"<angle>";inherits:false}',
    ].join("");
    expect(pruneCriticalCss(css, page(""))).toBe(
      [
        "@layer properties{@supports (-moz-orient:inline){*,:before{--tw-border-style:solid}}}",
        "@layer utilities{.border{border-style:var(--tw-border-style)}}",
        '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}',
      ].join(""),
    );
  });

  const formParts =
    "::placeholder{opacity:1}@supports (color:red){::placeholder{color:currentColor}}::-webkit-datetime-edit-year-field{padding-block:0}::file-selector-button,::-webkit-inner-spin-button{margin:0}:-moz-ui-invalid{box-shadow:none}";

  it("drops the base styles of form controls' parts from a page without a form control", () => {
    expect(pruneCriticalCss(`${formParts}::backdrop{color:red}h1{margin:0}`, page("<h1>Title</h1>"))).toBe(
      "::backdrop{color:red}h1{margin:0}",
    );
  });

  it("keeps them on a page with an input, a select or a text area", () => {
    for (const control of ['<input type="search">', "<select></select>", "<TEXTAREA></TEXTAREA>"]) {
      expect(pruneCriticalCss(formParts, page(control))).toBe(formParts);
    }
  });

  it("keeps a rule that also names an element, and statements without a block", () => {
    const css = "@layer theme,base;::placeholder,p{opacity:1}";
    expect(pruneCriticalCss(css, page("<p>x</p>"))).toBe(css);
  });
});
