import { expect, test, type Locator } from "@playwright/test";

/*
 * The longest blocks of a page (an explainer's sources, the audit-log events, the change log's entries) are
 * skipped by the browser's style, layout and paint while they are far below the screen. They must still be
 * drawn once the reader scrolls to them or follows a link to them, and always on paper.
 */

/** Whether the browser has drawn the element, rather than kept it in reserve until it comes near the screen. */
const drawn = (element: Locator) => element.evaluate((node) => node.checkVisibility({ contentVisibilityAuto: true }));

test("a source list far below the first screen is drawn when the reader scrolls to it, and on paper", async ({
  page,
}) => {
  await page.goto("/layers/claude-code/");
  const sources = page.getByRole("region", { name: "Sources for this page" });
  const firstEntry = sources.getByRole("listitem").first();
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
  expect(await drawn(firstEntry)).toBe(false);

  await firstEntry.scrollIntoViewIfNeeded();
  await expect.poll(() => drawn(firstEntry)).toBe(true);
  await expect(firstEntry.getByRole("link", { name: "About this claim" })).toBeInViewport();

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.emulateMedia({ media: "print" });
  expect(await drawn(firstEntry)).toBe(true);
});

test("a link to a change entry far down the change log lands on the entry, drawn", async ({ page }) => {
  await page.goto("/changes/");
  const target = page.getByRole("main").getByRole("article").last();
  const id = await target.getAttribute("id");
  expect(id).toBeTruthy();
  expect(await drawn(target.getByRole("heading").first())).toBe(false);

  await page.goto(`/changes/#${id}`);
  await expect(target).toBeInViewport();
  await expect.poll(() => drawn(target.getByRole("heading").first())).toBe(true);
});

test("a skipped block leaves room around it for a focus ring", async ({ page }) => {
  await page.goto("/layers/audit-logs/");
  const events = page.getByRole("list", { name: "Audit-log events" });
  // The block clips what it paints outside its box, so it leaves room for the 3px ring drawn 2px away.
  const room = await events.evaluate((node) => parseFloat(getComputedStyle(node).overflowClipMargin));
  expect(room).toBeGreaterThanOrEqual(5);
});
