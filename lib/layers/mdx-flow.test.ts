import { describe, expect, it } from "vitest";
import { inlineComponentBreaks } from "./mdx-flow";

describe("inlineComponentBreaks", () => {
  it("accepts components inside the lines of a paragraph", () => {
    const source = 'With the <Term id="a" /> feature, it is logged. <Cite ids={["x"]} />\nNext sentence.\n';
    expect(inlineComponentBreaks(source)).toEqual([]);
  });

  it("finds a blank line before a line that starts with a glossary term", () => {
    const source = 'Each view is logged. With\n\n<Term id="access-transparency" />, each such view is logged.\n';
    const [problem, ...rest] = inlineComponentBreaks(source);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^line 3: .*ends mid-sentence \(".*logged\. With"\)/);
  });

  it("finds a citation alone on its line, which MDX turns into a block below its sentence", () => {
    const source = 'It is logged.\n<Cite ids={["x"]} />\nNext sentence.\n';
    expect(inlineComponentBreaks(source)).toEqual([expect.stringMatching(/^line 2: <Cite> stands alone/)]);
  });

  it("looks inside components and list items", () => {
    const source = '<Box>\n\n- It is logged.\n  <Cite ids={["x"]} />\n\n</Box>\n';
    expect(inlineComponentBreaks(source)).toHaveLength(1);
  });

  it("lets a paragraph that ends a sentence be followed by one that starts with a term", () => {
    const source = 'It is logged.\n\n<Term id="owner">Owners</Term> can export it.\n';
    expect(inlineComponentBreaks(source)).toEqual([]);
  });

  it("counts a term without words of its own as words, so a paragraph ending in one still ends mid-sentence", () => {
    const source = 'Owners and the <Term id="primary-owner" />\n\n<Term id="admin" /> see it.\n';
    expect(inlineComponentBreaks(source)).toHaveLength(1);
  });
});
