/**
 * Takes out of a page's critical CSS what cannot change how that page's own HTML looks, so that more of
 * the page fits in the first round trip. Beasties keeps every custom property and `@property` rule, and
 * every rule it cannot match (selectors that start with a pseudo-element), since it only matches
 * selectors against elements. Two kinds are safe to drop once the page is known:
 *
 * - A custom property that nothing reads. It shows only through `var()`, so one that no declaration left
 *   in the page's rules reads, and that no attribute of the page names, changes nothing on screen. Tailwind
 *   declares its theme on `:root` and a fallback for every `@property` on every element, whether or not
 *   the page uses them. Reads are followed through other custom properties.
 * - The base styles of parts of form controls (`::placeholder`, `::file-selector-button`, the date and
 *   number fields' inner parts) on a page whose HTML holds no form control.
 *
 * The whole sheet still follows after the first paint, for what scripts add.
 */
import postcss, { type Container, type Root } from "postcss";

const VAR_READ = /var\(\s*(--[\w-]+)/g;

/** Pseudo-elements and pseudo-classes that only ever apply to `<input>`, `<select>` or `<textarea>`. */
const FORM_CONTROL_PART =
  /^(?:::(?:placeholder|file-selector-button|-webkit-(?:search-decoration|date-and-time-value|datetime-edit[\w-]*|calendar-picker-indicator|inner-spin-button|outer-spin-button))|:-moz-ui-invalid)$/;

const FORM_CONTROL = /<(?:input|select|textarea)[\s>/]/i;

/** `css` (a page's critical CSS) without what cannot affect the look of `html` (the page). */
export function pruneCriticalCss(css: string, html: string): string {
  const root = postcss.parse(css);
  dropUnreadCustomProperties(root, html);
  if (!FORM_CONTROL.test(html)) dropFormControlParts(root);
  dropEmpty(root);
  return root.toString();
}

function dropUnreadCustomProperties(root: Root, html: string) {
  const read = new Set<string>();
  const noteReads = (text: string) => {
    for (const [, name] of text.matchAll(VAR_READ)) read.add(name!);
  };
  // Inline styles, SVG attributes and any other <style> in the page (an organization's colours).
  noteReads(html);
  root.walkDecls((declaration) => {
    if (!declaration.prop.startsWith("--")) noteReads(declaration.value);
  });
  // A custom property read by one that is read is read too: `--default-font-family: var(--font-sans)`.
  for (let before = -1; before !== read.size;) {
    before = read.size;
    root.walkDecls((declaration) => {
      if (read.has(declaration.prop)) noteReads(declaration.value);
    });
  }
  root.walkDecls((declaration) => {
    if (declaration.prop.startsWith("--") && !read.has(declaration.prop)) declaration.remove();
  });
  root.walkAtRules("property", (rule) => {
    if (!read.has(rule.params.trim())) rule.remove();
  });
}

function dropFormControlParts(root: Root) {
  root.walkRules((rule) => {
    if (rule.selectors.every((selector) => FORM_CONTROL_PART.test(selector.trim()))) rule.remove();
  });
}

/** Removes rules and at-rules left with nothing inside, from the innermost out. */
function dropEmpty(container: Container) {
  container.each((node) => {
    if (node.type !== "rule" && node.type !== "atrule") return;
    if (!node.nodes) return; // `@import`, `@charset`: no block
    dropEmpty(node);
    if (node.nodes.length === 0) node.remove();
  });
}
