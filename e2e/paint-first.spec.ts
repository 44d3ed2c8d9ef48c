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
    // The style sheet came inside the page; React adds its link back only after hydrating.
    expect(sheets).toBeLessThanOrEqual(1);
  });
}
