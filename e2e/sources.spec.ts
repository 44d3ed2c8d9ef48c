import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { claims } from "../content/model/claims";
import { claimPath, sourcePath } from "../lib/site/claim-path";
import { sourcesPartPath, sourcesParts } from "../lib/site/sources-parts";
import { editionUrl, editions, generalEdition } from "./support/editions";

const reviews: Record<string, { state: string }> = JSON.parse(
  readFileSync("content/sources/claim-reviews.json", "utf8"),
);

/** Claims in each review state, from the states the build derived from the stored snapshots. */
const inState = (state: string) =>
  Object.entries(reviews)
    .filter(([, review]) => review.state === state)
    .map(([id]) => id);

test.describe("Sources pages review states", () => {
  for (const part of sourcesParts) {
    test(`${part.title}: shows a review state on the entry of every claim listed there`, async ({ page }) => {
      await page.goto(sourcesPartPath(part.slug));
      await expect(page.getByRole("heading", { level: 1, name: `Sources: ${part.title}` })).toBeVisible();
      const here = claims.filter((claim) => claimPath(claim.id).startsWith(sourcesPartPath(part.slug)));
      for (const claim of here) {
        const entry = page.locator(`#claim-${claim.id}`);
        await expect(entry.getByText(/^(Verified|Source changed|Third-party only)$/), claim.id).toBeVisible();
      }
    });
  }

  test("dates a verified claim by the copy of the page its quote is on", async ({ page }) => {
    const [id] = inState("verified");
    await page.goto(claimPath(id!));
    const entry = page.locator(`#claim-${id}`);
    await expect(entry.getByText("Verified", { exact: true })).toBeVisible();
    await expect(entry.getByText(/Quote on the official page as of \d{1,2} \w+ 2026\./)).toBeVisible();
  });

  test("labels a claim that rests only on third-party sources", async ({ page }) => {
    const ids = inState("third-party");
    test.skip(ids.length === 0, "every claim has an official source");
    await page.goto(claimPath(ids[0]!));
    const entry = page.locator(`#claim-${ids[0]}`);
    await expect(entry.getByText("Third-party only", { exact: true })).toBeVisible();
    await expect(entry.getByText(/Only a third-party source says this/)).toBeVisible();
  });

  test("lists the dated stored copies of an official page", async ({ page }) => {
    await page.goto(sourcePath("compliance-content-data"));
    const section = page.locator("#source-compliance-content-data");
    await expect(section.getByText("Stored copies")).toBeVisible();
    await expect(section.getByText(/\d{1,2} \w+ 2026/).first()).toBeVisible();
  });
});

test.describe("Sources pages in parts", () => {
  test("the overview lists every part and leads to a source's section there", async ({ page }) => {
    await page.goto("/sources/");
    const index = page.getByRole("region", { name: "Sources and their claims" });
    for (const part of sourcesParts) await expect(index.getByRole("link", { name: part.title })).toBeVisible();
    await index.getByRole("link", { name: "Access audit logs", exact: true }).click();
    await expect(page).toHaveURL(/\/sources\/help-center-organizations\/#source-help-audit-logs$/);
    await expect(page.locator("#source-help-audit-logs")).toBeInViewport();
  });

  test("a claim quoting several sources is listed in full once, and linked from its other sources", async ({
    page,
  }) => {
    const claim = claims.find((candidate) => new Set(candidate.citations.map((c) => c.source)).size > 1)!;
    const other = claim.citations.find((citation) => citation.source !== claim.citations[0]!.source)!.source;
    await page.goto(sourcePath(other));
    const section = page.locator(`#source-${other}`);
    await section.getByRole("link", { name: claim.statement, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${claimPath(claim.id).replace(/[/#]/g, "\\$&")}$`));
    await expect(page.locator(`#claim-${claim.id}`)).toBeInViewport();
    await expect(page.locator(`#claim-${claim.id}`).locator("blockquote")).toHaveCount(claim.citations.length);
  });

  test("each part marks itself in the navigation between the Sources pages", async ({ page }) => {
    const part = sourcesParts[1];
    await page.goto(sourcesPartPath(part.slug));
    const nav = page.getByRole("navigation", { name: "Sources pages" });
    await expect(nav.getByRole("link", { name: "Sources and method" })).toBeVisible();
    await expect(nav.getByRole("link", { name: part.title })).toHaveAttribute("aria-current", "page");
  });
});

test.describe("links made before the Sources page was split", () => {
  // A claim on a part other than the first, far down its page, so landing on it proves the scroll too.
  const claim = claims.filter((candidate) => claimPath(candidate.id).startsWith("/sources/platform-docs/")).at(-1)!;

  for (const edition of editions) {
    test(`/sources/#claim-… lands on the claim's entry (${edition.name})`, async ({ page }) => {
      await page.goto(editionUrl(edition, `/sources/#claim-${claim.id}`));
      await expect(page).toHaveURL(editionUrl(edition, claimPath(claim.id)));
      const entry = page.locator(`#claim-${claim.id}`);
      await expect(entry).toContainText(claim.statement);
      await expect(entry).toBeVisible();
      await expect(entry).toBeInViewport();
    });

    test(`/sources/#source-… lands on the source's section (${edition.name})`, async ({ page }) => {
      await page.goto(editionUrl(edition, "/sources/#source-privacy-zdr"));
      await expect(page).toHaveURL(editionUrl(edition, sourcePath("privacy-zdr")));
      await expect(page.locator("#source-privacy-zdr")).toBeInViewport();
    });
  }

  test("a badly encoded anchor leaves the overview as it is, with no error", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(editionUrl(generalEdition, "/sources/#claim-%E0%A4%A"));
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("heading", { level: 1, name: "Sources and method" })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe("/sources/");
    expect(errors).toEqual([]);
  });

  test("without JavaScript, the overview says where the claims are", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(editionUrl(generalEdition, `/sources/#claim-${claim.id}`));
    await expect(page.getByRole("heading", { level: 1, name: "Sources and method" })).toBeVisible();
    await expect(
      page.getByText(/An older link to a claim on this page leads to the page for the first source/),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Claude Developer Platform docs" }).first()).toBeVisible();
    await context.close();
  });
});
