/**
 * Puts the rules of the site's style sheet that a page needs (critical-css.ts) inside the page: a separate
 * file would cost a round trip before any text shows. The `<style>` is allowed by its hash in each page's
 * CSP (lib/hosting/policy.ts). The whole sheet follows after the first paint, added by the page's starter
 * (start-after-paint.ts) before its scripts, as the same `<link>` React would render, so React adopts it
 * instead of requesting it again. The `<style>` carries `data-precedence`, as React's own hoisted styles
 * do, so that hydration passes over it instead of matching it against a `<style>` the page renders in the
 * head (an organization's accent colour).
 */
const STYLESHEET_LINK = /<link rel="stylesheet" href="([^"]+)" data-precedence="next"\/>/g;

export class UnexpectedStylesheetsError extends Error {}

/** The address of the page's one style sheet, as written in its head. */
export function stylesheetHref(html: string, file: string): string {
  return stylesheetLink(html, file).href;
}

function stylesheetLink(html: string, file: string): { tag: string; href: string } {
  const head = html.slice(0, html.indexOf("</head>"));
  const links = [...head.matchAll(STYLESHEET_LINK)];
  if (links.length !== 1)
    throw new UnexpectedStylesheetsError(`${file}: expected one style sheet in the head, found ${links.length}`);
  return { tag: links[0]![0], href: links[0]![1]! };
}

/** The page with its style sheet's link replaced by `cssFor(href)`: the sheet's rules that the page needs. */
export function inlineStylesheet(html: string, file: string, cssFor: (href: string) => string): string {
  const { tag, href } = stylesheetLink(html, file);
  // "</style" inside the sheet would end the element early; Tailwind's output never has it, so refuse it.
  const css = cssFor(href);
  if (/<\/style/i.test(css)) throw new UnexpectedStylesheetsError(`${href}: contains "</style"`);
  // A function, so that "$" in the sheet is not read as a replacement pattern.
  return html.replace(tag, () => `<style data-precedence="next">${css}</style>`);
}
