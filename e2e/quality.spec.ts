import { expect, test } from "@playwright/test";
import { axeViolations, brokenLinks, storageLeftBehind, watchPage } from "./harness/checks";
import { builtPages, missingPagePath, outDir } from "../scripts/built-pages";

/*
 * The bars every page is held to, run over every page in the export (found by walking out/),
 * plus the 404 page. A new page is covered without editing this file.
 */
const pages = [...builtPages().map((path) => ({ path, status: 200 })), { path: missingPagePath, status: 404 }];

for (const { path, status } of pages) {
  test.describe(`page ${path}`, () => {
    test("makes no outside request, logs no error, sets no cookie and stores nothing", async ({ page, baseURL }) => {
      const watch = watchPage(page, new URL(baseURL!).origin, { expectedStatus: status });
      const response = await page.goto(path, { waitUntil: "networkidle" });
      expect(response?.status()).toBe(status);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(watch.problems).toEqual([]);
      expect(await storageLeftBehind(page)).toEqual([]);
    });

    for (const colorScheme of ["light", "dark"] as const) {
      test(`has no axe violations in the ${colorScheme} colour scheme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path, { waitUntil: "networkidle" });
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test("shows its heading and text without JavaScript", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const text = await page.getByRole("main").innerText();
      expect(text.trim().length).toBeGreaterThan(100);
      await context.close();
    });

    test("links only to pages and anchors that exist", async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await brokenLinks(page, outDir)).toEqual([]);
    });
  });
}
