import { expect, test } from "@playwright/test";
import { axeViolations, brokenLinks, cutOffAtRightEdge, storageLeftBehind, watchPage } from "./harness/checks";
import { builtPages, missingPagePath } from "../scripts/built-pages";
import { editionUrl, editions } from "./support/editions";

/*
 * The bars every page is held to, run over every page in each edition's export (found by walking its
 * folder), plus the 404 page. A new page is covered without editing this file. The organization's
 * edition is served under its base path, so this also proves every link and asset resolves there.
 */
for (const edition of editions) {
  const pages = [
    ...builtPages(edition.outDir).map((path) => ({ path, status: 200 })),
    { path: missingPagePath, status: 404 },
  ];

  for (const { path, status } of pages) {
    const url = editionUrl(edition, path);
    test.describe(`${edition.name} page ${path}`, () => {
      test("makes no outside request, logs no error, sets no cookie and stores nothing", async ({ page }) => {
        const watch = await watchPage(page, edition.origin, { expectedStatus: status });
        const response = await page.goto(url, { waitUntil: "networkidle" });
        expect(response?.status()).toBe(status);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(watch.problems).toEqual([]);
        expect(await storageLeftBehind(page)).toEqual([]);
      });

      for (const colorScheme of ["light", "dark"] as const) {
        test(`has no axe violations in the ${colorScheme} colour scheme`, async ({ page }) => {
          // axe walks every node: the longest pages need more than the default time on a busy two-core machine.
          test.slow();
          await page.emulateMedia({ colorScheme });
          await page.goto(url, { waitUntil: "networkidle" });
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          expect(await axeViolations(page)).toEqual([]);
        });
      }

      test("shows its heading and text without JavaScript", async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(url);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        const text = await page.getByRole("main").innerText();
        expect(text.trim().length).toBeGreaterThan(100);
        await context.close();
      });

      test("fits a 390 px phone: nothing runs past the right edge", async ({ page }) => {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(url, { waitUntil: "networkidle" });
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await cutOffAtRightEdge(page)).toEqual([]);
      });

      test("links only to pages and anchors that exist", async ({ page }) => {
        test.slow();
        await page.goto(url);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await brokenLinks(page, edition.outDir, edition.basePath)).toEqual([]);
      });
    });
  }
}
