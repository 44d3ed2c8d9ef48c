import { expect, test, type Page } from "@playwright/test";

/** When the first contentful paint happened, and when each framework chunk started loading, in ms. */
async function paintAndScripts(page: Page) {
  // The chunks are added after the paint, so wait until they have all arrived.
  await page.waitForLoadState("networkidle");
  return page.evaluate(() => ({
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
    scripts: performance
      .getEntriesByType("resource")
      .filter((entry) => entry.name.includes("/_next/static/chunks/") && entry.name.endsWith(".js"))
      .map((entry) => entry.startTime),
    sheets: document.querySelectorAll('head link[rel="stylesheet"]').length,
  }));
}

for (const path of ["/", "/layers/audit-logs/", "/check/"]) {
  test(`${path}: the text is painted before any script is fetched`, async ({ page }) => {
    await page.goto(path);
    const { paint, scripts, sheets } = await paintAndScripts(page);
    expect(paint).toBeGreaterThan(0);
    expect(scripts.length).toBeGreaterThan(3);
    expect(Math.min(...scripts)).toBeGreaterThan(paint);
    // The page's own rules came inside it; the whole sheet follows after the paint, once: React adopts the
    // starter's link instead of adding its own.
    expect(sheets).toBe(1);
  });
}

test("an in-page link followed while the page hydrates keeps its fragment in the address", async ({ page }) => {
  // The chunks never arrive, so the page stays painted and not yet hydrated for as long as the test needs.
  await page.route("**/_next/static/chunks/**", (route) => route.abort());
  await page.goto("/questions/");
  // The starter has fetched the payload and asked for the chunks: this is the window hydration runs in.
  await expect(page.locator('head script[src*="/_next/static/chunks/"]').first()).toBeAttached();
  const question = "Can my Team plan owner read my chats?";
  await page.getByRole("navigation", { name: "The questions" }).getByRole("link", { name: question }).click();
  await expect(page).toHaveURL(/\/questions\/#team-owner-read-chats$/);
  // Next.js's first history write once hydrated, with the address it read before the link was followed.
  await page.evaluate(() => history.replaceState({ __NA: true }, "", location.pathname));
  await expect(page).toHaveURL(/\/questions\/#team-owner-read-chats$/);
  await expect(page.getByRole("heading", { level: 2, name: question })).toBeInViewport();
});
