import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { isSearched } from "../lib/search/build-index";
import { SEARCH_INDEX_FILE } from "../lib/search/index-file";
import { searchIndexSchema, type SearchIndex } from "../lib/search/schema";
import { builtPages } from "../scripts/built-pages";
import { axeViolations } from "./harness/checks";
import { editionUrl, editions, generalEdition } from "./support/editions";

/*
 * Site search, built from the published pages: journeys that find words shown by a widget or a glossary term,
 * with a typo, and land on their section; and the text itself, checked against what every page shows.
 */

async function searchFor(page: Page, query: string) {
  await page.goto("/search/");
  const box = page.getByRole("searchbox", { name: "Search the site" });
  await expect(page.getByRole("status")).toHaveText("Type a word to search every page.");
  await box.fill(query);
  return page.getByRole("list", { name: "Search results" });
}

test.describe("search journeys", () => {
  test("words from inside an explainer's widget, with a typo, lead to the widget's section", async ({ page }) => {
    // The Claude Code session widget says this; the explainer's own paragraphs do not.
    const results = await searchFor(page, "the file it read as the reslt of a tool call");
    const first = results.getByRole("listitem").first();
    await expect(first).toContainText("The text of the file it read, as the result of a tool call");
    await first.getByRole("link", { name: "Claude Code: A session, step by step" }).click();
    await expect(page).toHaveURL(/\/layers\/claude-code\/#a-session-step-by-step$/);
    await expect(page.getByRole("heading", { level: 2, name: "A session, step by step" })).toBeInViewport();
  });

  test("a glossary term stays in its sentence, and a misspelt term finds its section", async ({ page }) => {
    let results = await searchFor(page, "primary owner can export the last 180 days");
    await expect(
      results
        .getByRole("listitem")
        .filter({ hasText: "Owners and the Primary Owner can export the last 180 days" })
        .first(),
    ).toBeVisible();

    results = await searchFor(page, "marked as soft-delted");
    const hit = results.getByRole("listitem").filter({ hasText: "marked as soft-deleted, until it is hard-deleted" });
    await hit.getByRole("link", { name: "Data exports and the Compliance API: A common misconception" }).click();
    await expect(page).toHaveURL(/\/layers\/exports-and-compliance-api\/#misconception$/);
    await expect(page.getByRole("heading", { level: 2, name: "A common misconception" })).toBeInViewport();
  });

  test("a glossary entry is a result of its own", async ({ page }) => {
    const results = await searchFor(page, "singel sign-on");
    await results.getByRole("link", { name: "Glossary: SSO" }).click();
    await expect(page).toHaveURL(/\/glossary\/#term-sso$/);
  });

  test("a word only in a page's body is found by keyboard, and Enter opens its section", async ({ page }) => {
    await searchFor(page, "cleanupPeriodDays");
    await expect(page.getByRole("status")).toHaveText(/^\d+ sections match\.$/);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Claude Code: On your own computer" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/layers\/claude-code\/#on-your-own-computer$/);
    await expect(page.getByRole("heading", { level: 2, name: "On your own computer" })).toBeInViewport();
  });

  test("a claim's words lead to its entry on the Sources page that lists it", async ({ page }) => {
    const results = await searchFor(
      page,
      "Access Transparency events reach the Activity Feed within two business days of the access",
    );
    const result = results.getByRole("listitem").filter({ hasText: "Sources: Claude Developer Platform docs" });
    await result.first().getByRole("link").click();
    await expect(page).toHaveURL(/\/sources\/platform-docs\/#claim-at-delivery$/);
    await expect(page.locator("#claim-at-delivery")).toBeInViewport();
  });

  test("a question asked in public leads to its answer", async ({ page }) => {
    const results = await searchFor(page, "Does incognito hide my chats from my Enterprise admin?");
    await results.getByRole("link", { name: /: Does incognito hide my chats from my Enterprise admin\?$/ }).click();
    await expect(page).toHaveURL(/\/questions\/#[\w-]+$/);
  });

  test("a question no section answers in full still gets the sections that match some of its words", async ({
    page,
  }) => {
    const results = await searchFor(page, "Can my manager read my incognito chats");
    await expect(page.getByRole("status")).toHaveText(/some of them\.$/);
    await expect(results.getByRole("link", { name: /Incognito/ }).first()).toBeVisible();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`results with marked words have no axe violations in the ${colorScheme} colour scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const results = await searchFor(page, "marked as soft-deleted");
      await expect(results.getByRole("listitem").first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test("a search can be linked to", async ({ page }) => {
    await page.goto("/search/?q=zero%20data%20retention");
    await expect(page.getByRole("searchbox", { name: "Search the site" })).toHaveValue("zero data retention");
    await expect(
      page
        .getByRole("list", { name: "Search results" })
        .getByRole("link", { name: /zero data retention/ })
        .first(),
    ).toBeVisible();
  });
});

/**
 * What the page shows in its main content: the visible words of each glossary term outside the parts search
 * leaves out, and all its text with the whitespace taken out, to compare with the index's.
 */
async function shownText(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector("main")!;
    const visible = (element: Element) => (element as HTMLElement).offsetParent !== null;
    const terms = [...main.querySelectorAll('a[aria-haspopup="dialog"][href*="/glossary/#term-"]')]
      .filter((term) => !term.closest("[data-no-search], nav, header, footer") && visible(term))
      .map((term) => (term as HTMLElement).innerText.trim());
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("script, style, template, noscript").forEach((element) => element.remove());
    return { terms: [...new Set(terms)], characters: (copy.textContent ?? "").replace(/\s+/g, "") };
  });
}

/** Signs of source text left unrendered: an entity, a JSX brace or tag, Markdown emphasis, a link, a bullet. */
const RESIDUE = [
  /&(#\d+|#x[0-9a-f]+|[a-z]+);/gi,
  /[{}]/g,
  /<\/?[A-Za-z][^>]*>/g,
  /\*\*|\]\(|(^| )#{1,6} /g,
  /(^| )- [A-Z]/g,
];

/** Each piece of residue in the text, with the run of characters around it, that the page does not show. */
function residueNotShown(text: string, characters: string): string[] {
  return RESIDUE.flatMap((pattern) =>
    [...text.matchAll(pattern)].flatMap((match) => {
      const start = text.lastIndexOf(" ", match.index) + 1;
      const end = text.indexOf(" ", match.index + match[0].trim().length);
      const run = text.slice(start, end === -1 ? undefined : end).replace(/\s+/g, "");
      return characters.includes(run) ? [] : [run];
    }),
  );
}

for (const edition of editions) {
  test.describe(`the ${edition.name}'s search index`, () => {
    const index: SearchIndex = searchIndexSchema.parse(
      JSON.parse(readFileSync(join(edition.outDir, SEARCH_INDEX_FILE), "utf8")),
    );

    test("holds every page but those that repeat others", () => {
      const expected = builtPages(edition.outDir).filter(isSearched);
      expect(index.pages.map((page) => page.path).sort()).toEqual(expected.sort());
    });

    for (const indexed of index.pages) {
      test(`holds the glossary terms ${indexed.path} shows, and nothing it does not show`, async ({ page }) => {
        await page.goto(editionUrl(edition, indexed.path));
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const { terms, characters } = await shownText(page);
        const text = indexed.sections.map((section) => `${section.heading} ${section.text}`).join(" ");
        expect(terms.filter((term) => !text.includes(term))).toEqual([]);
        expect(residueNotShown(text, characters)).toEqual([]);
      });
    }
  });
}

test.describe("explainer paragraphs", () => {
  const explainers = builtPages(generalEdition.outDir).filter(
    (path) => path.startsWith("/layers/") && path !== "/layers/",
  );

  for (const path of explainers) {
    test(`${path} never ends a paragraph mid-sentence or leaves a citation outside its sentence`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // A paragraph cut at an inline component ends without a full stop, and what follows starts with the component.
      const problems = await page.evaluate(() => {
        const sentenceEnd = /[.!?:;)…”"’]$/;
        const isInline = (element: Element | null) =>
          !!element && getComputedStyle(element).display.startsWith("inline") && element.tagName !== "BR";
        const startsWithTerm = (element: Element | null) => {
          const first = [...(element?.childNodes ?? [])].find((node) => node.textContent?.trim());
          return element?.tagName === "P" && first instanceof Element && first.matches('a[href*="/glossary/#term-"]');
        };
        const found: string[] = [];
        for (const paragraph of document.querySelectorAll("main p")) {
          if (paragraph.closest("[data-no-search]")) continue;
          const copy = paragraph.cloneNode(true) as HTMLElement;
          copy.querySelectorAll("[data-no-search]").forEach((citation) => citation.remove());
          const text = (copy.textContent ?? "").replace(/\s+/g, " ").trim();
          const next = paragraph.nextElementSibling;
          if (next?.matches("[data-no-search]") && isInline(next)) {
            found.push(`a citation sits below its sentence, after "…${text.slice(-40)}"`);
          } else if (text && !sentenceEnd.test(text) && (startsWithTerm(next) || isInline(next))) {
            found.push(`"…${text.slice(-40)}" ends mid-sentence before "${(next?.textContent ?? "").slice(0, 40)}…"`);
          }
        }
        return found;
      });
      expect(problems).toEqual([]);
    });
  }
});
