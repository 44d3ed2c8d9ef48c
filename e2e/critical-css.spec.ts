import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { startedBy } from "../lib/export/start-after-paint";
import { builtPages } from "../scripts/built-pages";
import { editionUrl, generalEdition } from "./support/editions";

/*
 * Each page holds only the rules of the style sheet its own elements match (lib/export/critical-css.ts);
 * the whole sheet follows after the first paint. Here every page of the general edition is shown with its
 * own rules alone (no script or sheet can load), then with the whole sheet added after them, as the page's
 * starter adds it, and every property the sheet sets (custom properties aside) must compute the same on
 * every element (and on its ::before and ::after): in light and dark, wide and narrow, and printed. The
 * organization's edition is built from the same sheet.
 */

const views = [
  { width: 1280, height: 800, colorScheme: "light", media: "screen" },
  { width: 1280, height: 800, colorScheme: "dark", media: "screen" },
  { width: 390, height: 844, colorScheme: "light", media: "screen" },
  { width: 1280, height: 800, colorScheme: "light", media: "print" },
] as const;

/**
 * In the page: the computed style of every element with its own rules, then with `css` added after them,
 * for each property `css` sets anywhere. Returns the differences, at most a few, as "element property:
 * before → after", those of properties other than sizes first: a box grows when something inside it
 * changes, and that something is the change to report.
 */
function differencesWithWholeSheet(page: Page, css: string): Promise<string[]> {
  return page.evaluate((css) => {
    const whole = new CSSStyleSheet();
    whole.replaceSync(css);
    // The properties the sheet sets: only these can differ. Custom properties show only through the
    // properties that read them, and the page's own rules leave out those that nothing on it reads.
    const declared = new Set<string>();
    const collect = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule)
          for (const property of rule.style) if (!property.startsWith("--")) declared.add(property);
        if ("cssRules" in rule) collect((rule as CSSGroupingRule).cssRules);
      }
    };
    collect(whole.cssRules);
    const properties = [...declared];
    const pseudos = [null, "::before", "::after"];
    const elements = [document.documentElement, document.body, ...document.body.querySelectorAll("*")];
    // One string per element and pseudo-element, to keep memory small on long pages; most elements have no
    // ::before or ::after box, and those are skipped.
    const valuesOf = (element: Element, pseudo: string | null) => {
      const style = getComputedStyle(element, pseudo);
      if (pseudo && ["none", "normal"].includes(style.content)) return [];
      return properties.map((property) => style.getPropertyValue(property));
    };
    const own = elements.map((element) => pseudos.map((pseudo) => valuesOf(element, pseudo).join("\n")));
    document.adoptedStyleSheets = [whole];
    const found: string[] = [];
    elements.forEach((element, index) =>
      pseudos.forEach((pseudo, p) => {
        const after = valuesOf(element, pseudo);
        if (after.join("\n") === own[index]![p]) return;
        const before = own[index]![p]!.split("\n");
        const name = `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}">${pseudo ?? ""}`;
        properties.forEach((property, i) => {
          if (before[i] !== after[i]) found.push(`${name} ${property}: ${before[i] ?? "none"} \u2192 ${after[i]}`);
        });
      }),
    );
    document.adoptedStyleSheets = [];
    const isSize = (line: string) =>
      /\s(block-size|inline-size|width|height|top|right|bottom|left|inset-\S+|\S*-origin):/.test(line);
    return [...found.filter((line) => !isSize(line)), ...found.filter(isSize)].slice(0, 8);
  }, css);
}

for (const path of builtPages(generalEdition.outDir)) {
  test(`${path} looks the same with its own rules as with the whole style sheet`, async ({ page }) => {
    test.slow();
    const html = readFileSync(join(generalEdition.outDir, path, "index.html"), "utf8");
    const sheet = startedBy(html).sheet;
    expect(sheet, "the page names the whole sheet for after its paint").toBeTruthy();
    const css = readFileSync(join(generalEdition.outDir, sheet!.slice(generalEdition.basePath.length)), "utf8");
    // Nothing loads after the paint: neither the scripts nor the whole sheet.
    await page.route(/\/_next\/static\/(chunks|css)\//, (route) => route.abort());
    await page.goto(editionUrl(generalEdition, path), { waitUntil: "networkidle" });
    for (const view of views) {
      await page.setViewportSize(view);
      await page.emulateMedia({ colorScheme: view.colorScheme, media: view.media });
      const where = `${view.width}px, ${view.colorScheme}, ${view.media}`;
      expect(await differencesWithWholeSheet(page, css), where).toEqual([]);
    }
  });
}
