import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { builtPages } from "../scripts/built-pages";
import { generalEdition } from "./support/editions";

/*
 * Each explainer promises that every numbered link on it leads to one of the claims on its sources page,
 * which "Sources for this page" links to. The links inside its widgets count too, in every state a widget
 * can show, and the words a widget shows can be found with the site's search.
 */

const explainers = builtPages(generalEdition.outDir).filter((path) => /^\/layers\/[a-z-]+\/$/.test(path));

/** The claim each numbered citation link in the page's main content leads to. */
async function citedClaims(page: Page): Promise<string[]> {
  return page
    .getByRole("main")
    .getByRole("link", { name: /^Source: / })
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash));
}

test.describe("sources for an explainer", () => {
  test("there is an explainer for every layer", () => {
    expect(explainers).toHaveLength(6);
  });

  for (const path of explainers) {
    test(`${path}: every numbered link, in every widget state, is on the page's sources page`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const title = await page.getByRole("heading", { level: 1 }).innerText();
      const cited = new Set(await citedClaims(page));
      // The widgets keep their controls disabled until React runs; then each switch shows its other panels.
      const radios = page.getByRole("main").getByRole("radio");
      const count = await radios.count();
      if (count > 0) await expect(radios.first()).toBeEnabled();
      for (let at = 0; at < count; at += 1) {
        await radios.nth(at).check();
        for (const claim of await citedClaims(page)) cited.add(claim);
      }
      expect(cited.size).toBeGreaterThan(0);

      const summary = page.getByRole("region", { name: "Sources for this page" });
      const claimCount = Number(/makes (\d+) claims/.exec(await summary.innerText())?.[1]);
      await summary.getByRole("link", { name: "Every claim on this page, with its quotes and dates" }).click();
      await expect(page).toHaveURL(new RegExp(`${path}sources/$`));
      await expect(page.getByRole("heading", { level: 1, name: `Sources: ${title}` })).toBeVisible();
      const listed = new Set(
        await page
          .getByRole("main")
          .getByRole("link", { name: "About this claim" })
          .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash)),
      );
      expect(listed.size).toBe(claimCount);
      expect([...cited].filter((claim) => !listed.has(claim))).toEqual([]);
      // Each claim on the sources page shows its quotes.
      await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(claimCount);
      expect(await page.getByRole("main").getByRole("blockquote").count()).toBeGreaterThanOrEqual(claimCount);

      await page.getByRole("link", { name: `Back to the explainer: ${title}` }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
    });
  }
});

test.describe("search over widgets", () => {
  const widgetPhrases = [
    { layer: "anthropic-access", phrase: "Always the same anonymous actor: the employee is never named." },
    { layer: "audit-logs", phrase: "The mobile platform, iOS or Android." },
  ];

  for (const { layer, phrase } of widgetPhrases) {
    test(`finds "${phrase}", which only a widget on /layers/${layer}/ shows`, async ({ page }) => {
      expect(readFileSync(`content/layers/${layer}.mdx`, "utf8")).not.toContain(phrase);
      await page.goto("/search/");
      await expect(page.getByRole("status")).toHaveText("Type a word to search every page.");
      await page.getByRole("searchbox", { name: "Search the site" }).fill(phrase);
      const hit = page
        .getByRole("list", { name: "Search results" })
        .getByRole("listitem")
        .filter({ hasText: phrase })
        .first();
      await expect(hit).toBeVisible();
      await expect(hit.getByRole("link").first()).toHaveAttribute("href", new RegExp(`/layers/${layer}/#`));
    });
  }
});
