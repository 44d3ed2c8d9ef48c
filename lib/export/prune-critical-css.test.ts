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

  const formParts = [
    "::placeholder{opacity:1}",
    "@supports (color:red){::placeholder{color:currentColor}}",
    "::-webkit-datetime-edit-year-field{padding-block:0}",
    "::-webkit-inner-spin-button{height:auto}",
    "::file-selector-button{margin:0}",
    "::-webkit-search-decoration{-webkit-appearance:none}",
    ":-moz-ui-invalid{box-shadow:none}",
  ];
  const kept = (html: string) => formParts.filter((rule) => pruneCriticalCss(rule, page(html)) === rule);

  it("drops the base styles of form controls' parts from a page without a form control", () => {
    expect(pruneCriticalCss(`${formParts.join("")}::backdrop{color:red}h1{margin:0}`, page("<h1>Title</h1>"))).toBe(
      "::backdrop{color:red}h1{margin:0}",
    );
  });

  it("keeps each part's styles where a control that has the part is on the page", () => {
    const [placeholder, placeholderColour, dateField, spinButton, fileButton, searchDecoration, invalid] = formParts;
    expect(kept('<input type="radio" name="a">')).toEqual([invalid]);
    expect(kept('<input id="q" class="w-full">')).toEqual([placeholder, placeholderColour, invalid]);
    expect(kept("<TEXTAREA></TEXTAREA>")).toEqual([placeholder, placeholderColour, invalid]);
    expect(kept("<select></select>")).toEqual([invalid]);
    expect(kept('<input type="search" data-type="file">')).toEqual([
      placeholder,
      placeholderColour,
      searchDecoration,
      invalid,
    ]);
    expect(kept('<input type="number"/>')).toEqual([placeholder, placeholderColour, spinButton, invalid]);
    expect(kept("<input type=date>")).toEqual([dateField, spinButton, invalid]);
    expect(kept('<input type="file">')).toEqual([fileButton, invalid]);
  });

  it("keeps a rule that also names an element, and statements without a block", () => {
    const css = "@layer theme,base;::placeholder,p{opacity:1}";
    expect(pruneCriticalCss(css, page("<p>x</p>"))).toBe(css);
  });

  it("drops a :where() rule for a class no element has, and keeps it where one has", () => {
    const css =
      ":where(.space-y-4>:not(:last-child)){margin-block-end:1rem}:where(.md\\:space-y-2>:not(:last-child)){margin:0}";
    expect(pruneCriticalCss(css, page('<ul class="mt-2 space-y-4"></ul>'))).toBe(
      ":where(.space-y-4>:not(:last-child)){margin-block-end:1rem}",
    );
    expect(pruneCriticalCss(css, page('<ul class="md:space-y-2"></ul>'))).toBe(
      ":where(.md\\:space-y-2>:not(:last-child)){margin:0}",
    );
    expect(pruneCriticalCss(css, page("<ul></ul>"))).toBe("");
    const arbitrary = ":where(.\\[\\&\\>p\\]\\:space-y-2>:not(:last-child)){margin:0}";
    expect(pruneCriticalCss(arbitrary, page('<div class="[&amp;&gt;p]:space-y-2"></div>'))).toBe(arbitrary);
  });
});
