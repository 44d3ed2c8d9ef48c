/**
 * Finds places where MDX cuts a sentence in two at an inline component. MDX reads a component that stands
 * alone on its line as a block: the paragraph ends before it and a new one starts after it, so a citation
 * drops below its sentence. A blank line before a line that starts with a component does the same to a
 * glossary term ("…With" / new paragraph / "Access Transparency, each…"). Prettier's MDX formatter, which
 * still follows MDX 1, writes such blank lines (prettier/prettier#13586), so MDX files are not given to it.
 */
import { createProcessor } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";

/** Components that belong inside a sentence. */
export const INLINE_COMPONENTS = ["Cite", "Term"] as const satisfies readonly string[];

/** How a sentence may end: a paragraph that ends otherwise and is followed by another was cut in two. */
const SENTENCE_END = /[.!?:;)…”"’]$/;

type Node = {
  type: string;
  name?: string | null;
  value?: string;
  children?: Node[];
  position?: { start: { line: number } };
};

const isInline = (node: Node) =>
  (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") &&
  (INLINE_COMPONENTS as readonly string[]).includes(node.name ?? "");

/** The words of a paragraph as a reader sees them, citations left out, so "… it. <Cite />" ends with ".". */
function sentenceText(node: Node): string {
  if (isInline(node) && node.name === "Cite") return "";
  if (typeof node.value === "string" && node.type !== "mdxTextExpression") return node.value;
  if (node.type === "mdxTextExpression") return /^\s*"(.*)"\s*$/.exec(node.value ?? "")?.[1] ?? "";
  if (isInline(node) && (node.children ?? []).length === 0) return "term";
  return (node.children ?? []).map(sentenceText).join("");
}

const lineOf = (node: Node) => node.position?.start.line ?? 0;

/** One line per place where a sentence is cut at an inline component, with its line number and the fix. */
export function inlineComponentBreaks(source: string): string[] {
  const tree = createProcessor({ remarkPlugins: [remarkGfm] }).parse(source) as unknown as Node;
  const problems: string[] = [];
  const visit = (node: Node) => {
    const children = node.children ?? [];
    children.forEach((child, at) => {
      if (child.type === "mdxJsxFlowElement" && isInline(child)) {
        problems.push(
          `line ${lineOf(child)}: <${child.name}> stands alone on its line, so MDX makes it a block and ends the ` +
            `paragraph before it. Put it on the line of the text it belongs to.`,
        );
      }
      const next = children[at + 1];
      if (child.type === "paragraph" && next?.type === "paragraph") {
        const text = sentenceText(child).trimEnd();
        if (!SENTENCE_END.test(text)) {
          problems.push(
            `line ${lineOf(next)}: the paragraph before it ends mid-sentence ("…${text.slice(-30)}"). ` +
              `Remove the blank line, and do not start a line with a component.`,
          );
        }
      }
      visit(child);
    });
  };
  visit(tree);
  return problems;
}
