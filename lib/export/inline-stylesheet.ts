/**
 * Puts the site's style sheet inside each page. The sheet is small (about 7 KB compressed) and every page
 * needs all of it before the first paint, so a separate file costs a round trip before any text shows.
 * The `<style>` is allowed by its hash in each page's CSP (lib/hosting/policy.ts). Once the page has
 * hydrated, React adds the sheet's `<link>` again (it keeps track of the sheets it rendered); that request
 * comes after the paint and changes nothing on screen. The `<style>` carries `data-precedence`, as React's
 * own hoisted styles do, so that hydration passes over it instead of matching it against a `<style>` the
 * page renders in the head (an organization's accent colour).
 */
const STYLESHEET_LINK = /<link rel="stylesheet" href="([^"]+)" data-precedence="next"\/>/g;

export class UnexpectedStylesheetsError extends Error {}

/** The page with its one style sheet inlined. `readSheet` gets the sheet's path as written in the page. */
export function inlineStylesheet(html: string, file: string, readSheet: (href: string) => string): string {
  const head = html.slice(0, html.indexOf("</head>"));
  const links = [...head.matchAll(STYLESHEET_LINK)];
  if (links.length !== 1)
    throw new UnexpectedStylesheetsError(`${file}: expected one style sheet in the head, found ${links.length}`);
  const [tag, href] = [links[0]![0], links[0]![1]!];
  // "</style" inside the sheet would end the element early; Tailwind's output never has it, so refuse it.
  const css = readSheet(href);
  if (/<\/style/i.test(css)) throw new UnexpectedStylesheetsError(`${href}: contains "</style"`);
  // A function, so that "$" in the sheet is not read as a replacement pattern.
  return html.replace(tag, () => `<style data-precedence="next">${css}</style>`);
}
