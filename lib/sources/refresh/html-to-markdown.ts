/**
 * An HTML page as Markdown, without its chrome. parse5 reads the page as a browser does (it is already
 * the project's HTML parser); the content is the page's `<main>`, else its first `<article>`, else its
 * `<body>`, less scripts, navigation and hidden parts. node-html-markdown then writes that content as
 * Markdown, tables included, so quotes can be matched against it like the stored Markdown copies.
 */
import { NodeHtmlMarkdown } from "node-html-markdown";
import { parse, serializeOuter, type DefaultTreeAdapterTypes } from "parse5";

type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type Element = DefaultTreeAdapterTypes.Element;

/** A link in the page's content: its address, resolved against the page, and its text. */
export type PageLink = { url: string; text: string };

/** Never content, wherever they are. */
const alwaysChrome = new Set(["script", "style", "noscript", "template", "svg", "iframe", "button", "form", "nav"]);
/** Page chrome when the content had to be taken from the whole body. */
const bodyChrome = new Set(["header", "footer", "aside"]);

const markdown = new NodeHtmlMarkdown({
  bulletMarker: "-",
  codeBlockStyle: "fenced",
  // quotes.ts removes `*` emphasis but keeps a lone `_`, which identifiers such as user_signed_in need.
  emDelimiter: "*",
  maxConsecutiveNewlines: 2,
});

const isElement = (node: DefaultTreeAdapterTypes.ChildNode): node is Element => "tagName" in node;

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function* elements(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}

function textOf(node: ParentNode): string {
  return node.childNodes
    .map((child) => (isElement(child) ? textOf(child) : "value" in child ? child.value : ""))
    .join("");
}

const isChrome = (element: Element, chrome: ReadonlySet<string>) =>
  chrome.has(element.tagName) ||
  attribute(element, "hidden") !== undefined ||
  attribute(element, "aria-hidden") === "true";

const space = (parentNode: ParentNode): DefaultTreeAdapterTypes.TextNode => ({
  nodeName: "#text",
  value: " ",
  parentNode,
});

/**
 * Readies content for the converter, in place: removes every descendant that is chrome or hidden, and
 * works around two habits of node-html-markdown that join words. Line breaks in text become spaces,
 * as a browser shows them (it drops a text node's leading line break after a link or code span), except
 * in `<pre>`; and a `<br>` in a table cell becomes a space, since a Markdown cell has no line breaks.
 */
function prepare(node: ParentNode, chrome: ReadonlySet<string>, within = { cell: false, pre: false }): void {
  node.childNodes = node.childNodes.flatMap((child): DefaultTreeAdapterTypes.ChildNode[] => {
    if (!isElement(child)) {
      if (child.nodeName === "#text" && "value" in child && !within.pre)
        child.value = child.value.replace(/[\t\n\r\f]+/g, " ");
      return [child];
    }
    if (isChrome(child, chrome)) return [];
    if (within.cell && child.tagName === "br") return [space(node)];
    const tag = child.tagName;
    prepare(child, chrome, { cell: within.cell || tag === "td" || tag === "th", pre: within.pre || tag === "pre" });
    return [child];
  });
}

/** The page's main content element, with whether it is the whole body. */
function contentOf(html: string): { content: Element | undefined; wholeBody: boolean } {
  const all = [...elements(parse(html))];
  const main = all.find((element) => element.tagName === "main") ?? all.find((el) => el.tagName === "article");
  return main
    ? { content: main, wholeBody: false }
    : { content: all.find((el) => el.tagName === "body"), wholeBody: true };
}

/** The links in a piece of content, resolved against the page's address; unparsable ones are skipped. */
function linksOf(content: Element, pageUrl: string): PageLink[] {
  return [...elements(content)].flatMap((element) => {
    const href = element.tagName === "a" ? attribute(element, "href") : undefined;
    if (!href) return [];
    try {
      return [{ url: new URL(href, pageUrl).href, text: textOf(element).replace(/\s+/g, " ").trim() }];
    } catch {
      return [];
    }
  });
}

/** The page's content as Markdown, and the links in it. */
export function htmlToMarkdown(html: string, pageUrl: string): { text: string; links: PageLink[] } {
  const { content, wholeBody } = contentOf(html);
  if (!content) return { text: "", links: [] };
  prepare(content, wholeBody ? new Set([...alwaysChrome, ...bodyChrome]) : alwaysChrome);
  return { text: `${markdown.translate(serializeOuter(content)).trim()}\n`, links: linksOf(content, pageUrl) };
}
