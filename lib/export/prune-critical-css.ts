/**
 * Takes out of a page's critical CSS what cannot change how that page's own HTML looks, so that more of
 * the page fits in the first round trip. Beasties keeps every custom property and `@property` rule, and
 * every rule it cannot match (selectors that start with a pseudo-element), since it only matches
 * selectors against elements. Three kinds are safe to drop once the page is known:
 *
 * - A custom property that nothing reads. It shows only through `var()`, so one that no declaration left
 *   in the page's rules reads, and that no attribute of the page names, changes nothing on screen. Tailwind
 *   declares its theme on `:root` and a fallback for every `@property` on every element, whether or not
 *   the page uses them. Reads are followed through other custom properties.
 * - The base styles of parts of form controls (`::placeholder`, `::file-selector-button`, the date and
 *   number fields' inner parts) on a page whose HTML holds no control that has such a part: an explainer
 *   whose only controls are radio buttons has no use for the date field's.
 * - Rules Beasties keeps without matching them, `:where(.space-y-4>…)`, where no element has the class.
 *
 * The whole sheet still follows after the first paint, for what scripts add.
 */
import postcss, { type Container, type Root } from "postcss";

const VAR_READ = /var\(\s*(--[\w-]+)/g;

/** The kinds of form control a page holds: each `<input>`'s type ("text" when it names none), "select", "textarea". */
type Controls = ReadonlySet<string>;

const TEXT_FIELDS = ["text", "search", "email", "url", "tel", "password", "number", "textarea"];
const DATE_FIELDS = ["date", "time", "datetime-local", "month", "week"];

/**
 * Pseudo-elements and pseudo-classes that only ever apply to parts of some form controls, with the
 * controls they can apply to. Preflight styles each of them, whether or not the page has such a control.
 */
const FORM_CONTROL_PARTS: ReadonlyArray<{ part: RegExp; on: readonly string[] | "any" }> = [
  { part: /^::placeholder$/, on: TEXT_FIELDS },
  { part: /^::file-selector-button$/, on: ["file"] },
  { part: /^::-webkit-search-decoration$/, on: ["search"] },
  {
    part: /^::-webkit-(?:date-and-time-value|datetime-edit[\w-]*|calendar-picker-indicator)$/,
    on: DATE_FIELDS,
  },
  { part: /^::-webkit-(?:inner|outer)-spin-button$/, on: ["number", ...DATE_FIELDS] },
  { part: /^:-moz-ui-invalid$/, on: "any" },
];

function formControls(html: string): Controls {
  const controls = new Set<string>();
  for (const [tag] of html.matchAll(/<input\b[^>]*>/gi))
    controls.add(/\stype="?([\w-]+)/i.exec(tag)?.[1]?.toLowerCase() ?? "text");
  for (const [, name] of html.matchAll(/<(select|textarea)[\s>/]/gi)) controls.add(name!.toLowerCase());
  return controls;
}

/** `css` (a page's critical CSS) without what cannot affect the look of `html` (the page). */
export function pruneCriticalCss(css: string, html: string): string {
  const root = postcss.parse(css);
  dropUnreadCustomProperties(root, html);
  dropFormControlParts(root, formControls(html));
  dropRulesForAbsentClasses(root, html);
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

function dropFormControlParts(root: Root, controls: Controls) {
  const applies = (selector: string) => {
    const found = FORM_CONTROL_PARTS.find(({ part }) => part.test(selector.trim()));
    if (!found) return true;
    return found.on === "any" ? controls.size > 0 : found.on.some((control) => controls.has(control));
  };
  root.walkRules((rule) => {
    if (!rule.selectors.some(applies)) rule.remove();
  });
}

/**
 * Tailwind writes `space-y-*` and similar as `:where(.space-y-4>:not(:last-child))`, which Beasties keeps on
 * every page (critical-css.ts); such a selector matches only inside an element with that class.
 */
const WHERE_CLASS = /^:where\(\.((?:\\.|[\w-])+)[>+~\s:)]/;

function dropRulesForAbsentClasses(root: Root, html: string) {
  const classes = new Set(
    [...html.matchAll(/\sclass="([^"]*)"/g)].flatMap(([, names]) => decodeAttribute(names!).split(/\s+/)),
  );
  const canMatch = (selector: string) => {
    const name = WHERE_CLASS.exec(selector.trim())?.[1];
    return name === undefined || classes.has(name.replace(/\\(.)/g, "$1"));
  };
  root.walkRules((rule) => {
    if (!rule.selectors.some(canMatch)) rule.remove();
  });
}

/** An attribute's value as React escapes it, read back: `[&amp;_p]:max-w-prose` is `[&_p]:max-w-prose`. */
function decodeAttribute(value: string): string {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'" };
  return value.replace(/&(amp|lt|gt|quot|#x27);/g, (_, name: string) => entities[name]!);
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
