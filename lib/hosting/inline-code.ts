/**
 * Finds the inline code in an exported HTML page that a Content Security Policy has to allow by hash:
 * the text of each inline `<script>` and `<style>` element, and the inline code no hash can allow
 * without 'unsafe-hashes' (style attributes, event-handler attributes, `javascript:` URLs).
 *
 * It uses parse5, which implements the WHATWG HTML tokenizer and tree builder, so an element's text
 * is exactly what the browser hashes: CR and CRLF already turned into LF, script-data escapes
 * ("<!--<script>") and comments handled as the browser does, SVG `<script>`/`<style>` included. A
 * regular expression would get the common case right and these edge cases wrong, silently.
 */
import { createHash } from "node:crypto";
import { parse, type DefaultTreeAdapterTypes } from "parse5";

type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type Element = DefaultTreeAdapterTypes.Element;

/** What a page's policy must allow, and what it cannot allow by hash. */
export type InlineCode = {
  /** Text of each inline script (a `<script>` without `src`), in document order. */
  scripts: string[];
  /** Text of each `<style>` element, in document order. */
  styles: string[];
  /** One line per attribute a strict policy blocks, e.g. `style attribute on <div>`. */
  blockedAttributes: string[];
};

/** The CSP source expression for a text: `'sha256-<base64 of the SHA-256 of its UTF-8 bytes>'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The inline code of a page, each text once. The page is read twice, with scripting on and off: a
 * `<noscript>` holds raw text for a browser running JavaScript but real elements for one that is not,
 * and the policy applies to both.
 */
export function inlineCode(html: string): InlineCode {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const blockedAttributes = new Set<string>();
  const visit = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (!("tagName" in child)) continue;
      for (const line of blockedAttributesOf(child)) blockedAttributes.add(line);
      if (child.tagName === "script" && !hasAttribute(child, "src")) scripts.add(childText(child));
      if (child.tagName === "style") styles.add(childText(child));
      visit(child);
      // A <template>'s content sits apart from its children; its scripts run if it is ever cloned in.
      if (child.tagName === "template" && "content" in child) visit(child.content as ParentNode);
    }
  };
  for (const scriptingEnabled of [true, false]) visit(parse(html, { scriptingEnabled }));
  return { scripts: [...scripts], styles: [...styles], blockedAttributes: [...blockedAttributes] };
}

/** The element's child text content: its own text nodes joined, which is what CSP hashes. */
function childText(element: Element): string {
  return element.childNodes.map((node) => (node.nodeName === "#text" && "value" in node ? node.value : "")).join("");
}

function hasAttribute(element: Element, name: string): boolean {
  return element.attrs.some((attr) => attr.name === name);
}

function blockedAttributesOf(element: Element): string[] {
  return element.attrs.flatMap((attr) => {
    if (attr.name === "style") return [`style attribute on <${element.tagName}>: style="${attr.value}"`];
    if (/^on[a-z]+$/.test(attr.name)) return [`event handler on <${element.tagName}>: ${attr.name}`];
    if (/^\s*javascript:/i.test(attr.value) && ["href", "src", "action", "formaction"].includes(attr.name)) {
      return [`javascript: URL on <${element.tagName}>: ${attr.name}`];
    }
    return [];
  });
}
