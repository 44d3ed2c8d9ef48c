import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { claims } from "../content/model/claims";

const reviews: Record<string, { state: string }> = JSON.parse(
  readFileSync("content/sources/claim-reviews.json", "utf8"),
);

/** Claims in each review state, from the states the build derived from the stored snapshots. */
const inState = (state: string) =>
  Object.entries(reviews)
    .filter(([, review]) => review.state === state)
    .map(([id]) => id);

test.describe("Sources page review states", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/sources/");
    await expect(page.getByRole("heading", { level: 1, name: "Sources and method" })).toBeVisible();
  });

  test("shows a review state on every claim's first entry", async ({ page }) => {
    for (const claim of claims) {
      const entry = page.locator(`#claim-${claim.id}`);
      await expect(entry.getByText(/^(Verified|Source changed|Third-party only)$/), claim.id).toBeVisible();
    }
  });

  test("dates a verified claim by the copy of the page its quote is on", async ({ page }) => {
    const [id] = inState("verified");
    const entry = page.locator(`#claim-${id}`);
    await expect(entry.getByText("Verified", { exact: true })).toBeVisible();
    await expect(entry.getByText(/Quote on the official page as of \d{1,2} \w+ 2026\./)).toBeVisible();
  });

  test("labels a claim that rests only on third-party sources", async ({ page }) => {
    const ids = inState("third-party");
    test.skip(ids.length === 0, "every claim has an official source");
    const entry = page.locator(`#claim-${ids[0]}`);
    await expect(entry.getByText("Third-party only", { exact: true })).toBeVisible();
    await expect(entry.getByText(/Only a third-party source says this/)).toBeVisible();
  });

  test("lists the dated stored copies of an official page", async ({ page }) => {
    const section = page.locator("#source-compliance-content-data");
    await expect(section.getByText("Stored copies")).toBeVisible();
    await expect(section.getByText(/\d{1,2} \w+ 2026/).first()).toBeVisible();
  });
});
