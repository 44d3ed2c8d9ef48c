/**
 * The rules of the site's style sheet that a page uses. The whole sheet is about 7.5 KB compressed, and a
 * page's own elements need less than half of it; the rest styles other pages and the parts that appear
 * only once scripts run (the check's questions, search results, dialogs). Sending less before the first
 * paint lets more pages fit in the first round trip.
 *
 * Beasties (the maintained fork of Critters) matches every rule's selectors against the page's elements,
 * whatever their position: it keeps a rule if any element matches it, with states like `:hover` and
 * `:focus-visible` set aside, and keeps the `@media`, `@supports` and `@layer` blocks around what it keeps.
 */
import { readFileSync } from "node:fs";
import Beasties from "beasties";
import { pruneCriticalCss } from "./prune-critical-css";

export class CriticalCssError extends Error {}

/**
 * Works out critical CSS for the pages of one export. `outDir` is the export folder, `basePath` the
 * sub-path its addresses start with ("" at the root). Each sheet file is read once.
 */
export function criticalCssFor(outDir: string, basePath: string) {
  const sheets = new Map<string, string>();
  const problems: string[] = [];
  const reducers = new Map<string, Beasties>();
  /** A Beasties that reduces the sheet at `href` alone and touches nothing else in the page. */
  const reducerFor = (href: string) => {
    let reducer = reducers.get(href);
    if (!reducer) {
      reducer = new Beasties({
        path: outDir,
        publicPath: `${basePath}/`,
        additionalStylesheets: [href],
        external: false,
        reduceInlineStyles: false,
        mergeStylesheets: false,
        fonts: false,
        keyframes: "critical",
        // Beasties sets pseudo-classes and pseudo-elements aside before matching, and a selector that
        // starts with one is left with nothing: Tailwind's `space-y-*` is
        // `:where(.space-y-4>:not(:last-child))`, and its base styles `::file-selector-button` and
        // `::placeholder`. Those are kept, and so are arbitrary variants such as `[&_p]:max-w-prose`, whose
        // escaped "&" it cannot read, and rules on the root element with a condition
        // (`html:has([data-print-standalone])`), which it looks for only inside the root.
        allowRules: [/^::?[\w-]/, /\\&/, /^(?:html|:root)(?![\w-])/],
        compress: true,
        // A selector Beasties cannot read would drop its rule silently; it is reported and stops the build.
        logger: {
          warn: (message: string) => problems.push(message),
          error: (message: string) => problems.push(message),
        },
        dedupeWarnings: false,
      });
      reducer.readFile = (path: string) => {
        if (!sheets.has(path)) sheets.set(path, readFileSync(path, "utf8"));
        return sheets.get(path)!;
      };
      reducers.set(href, reducer);
    }
    return reducer;
  };

  /**
   * The rules of the sheet at `href` (as written in the page) that some element of `html` matches, less what
   * cannot change how `html` looks (prune-critical-css.ts).
   */
  return async function criticalCss(html: string, href: string, file: string): Promise<string> {
    const result = await reducerFor(href).process(html);
    if (problems.length > 0) throw new CriticalCssError(`${file}: ${problems.splice(0).join("\n")}`);
    // The reduced sheet is appended to the head as a plain <style>, the head's last element. Its text may
    // hold "<" (as in `syntax:"<length>"`), so it is cut out by position rather than matched.
    const end = result.indexOf("</style></head>");
    const start = result.lastIndexOf("<style>", end);
    if (end < 0 || start < 0) throw new CriticalCssError(`${file}: no critical CSS came out for ${href}`);
    return pruneCriticalCss(result.slice(start + "<style>".length, end), html);
  };
}
