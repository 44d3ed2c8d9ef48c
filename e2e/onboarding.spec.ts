import { expect, test, type Locator, type Page } from "@playwright/test";
import { brokenLinks } from "./harness/checks";
import { outDir } from "../scripts/built-pages";
import { onboardingSectionIds } from "../lib/onboarding/sections";
import { editionUrl, editions, generalEdition, orgEdition } from "./support/editions";

const title = "What your organization can see when you use Claude";

/** Pages in a PDF Chromium wrote: the root of its page tree carries the total as /Count. */
function pdfPageCount(pdf: Buffer): number {
  const match = /\/Type\s*\/Pages\s*\/Count\s+(\d+)/.exec(pdf.toString("latin1"));
  if (!match) throw new Error("The PDF has no page tree with a count");
  return Number(match[1]);
}

async function open(page: Page) {
  await page.goto("/onboarding/");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test.describe("the onboarding one-pager, general edition", () => {
  test("has every section at its published id, in order", async ({ page }) => {
    await open(page);
    const ids = await page.locator("article section[id]").evaluateAll((sections) => sections.map((s) => s.id));
    expect(ids).toEqual(onboardingSectionIds({ hasPolicy: false }));
    await expect(page.locator("#what-they-can-see").getByRole("heading", { level: 2 })).toHaveText(
      "What your organization can see",
    );
    await expect(page.locator("#who-to-ask")).toContainText("your IT team or your organization\u2019s Primary Owner");
  });

  test("compares Team and Enterprise in words, each verdict leading to its reason", async ({ page }) => {
    await open(page);
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader", { name: "Team plan" })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: "Enterprise plan" })).toBeVisible();
    const chat = table.getByRole("row", { name: /^Chat content/ });
    await expect(chat.getByRole("link", { name: "Yes Primary Owner" }).first()).toBeVisible();
    await expect(chat.getByRole("link", { name: /^Possible / }).first()).toBeVisible();
    // Unknown settings never turn into "no": on Enterprise, sign-in details are at least possible.
    const signIn = table.getByRole("row", { name: /^Sign-in and device details/ });
    await expect(signIn.getByRole("cell").nth(0).getByText("No", { exact: true })).toBeVisible();
    await expect(signIn.getByRole("cell").nth(1).getByText("No", { exact: true })).toHaveCount(0);

    // With nothing known, Enterprise's column is "possible" (exports depend on encryption keys): open its entry.
    await chat
      .getByRole("link", { name: /^Possible / })
      .last()
      .click();
    await expect(page).toHaveURL(/\/onboarding\/report\/enterprise\/#cell-chat-content-/);
    await expect(page.getByRole("heading", { level: 1, name: /^Full report: Enterprise plan/ })).toBeVisible();
  });

  test("says an organization can tailor it, and links only to pages and anchors that exist", async ({ page }) => {
    await open(page);
    await expect(page.getByText(/An organization can publish its own edition of this page/)).toBeVisible();
    expect(await brokenLinks(page, outDir)).toEqual([]);
  });

  test("is linked from the home page and the check", async ({ page }) => {
    for (const path of ["/", "/check/"]) {
      await page.goto(path);
      await page.getByRole("main").getByRole("link", { name: "one-pager" }).click();
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    }
  });

  test("offers printing once JavaScript runs", async ({ page }) => {
    await open(page);
    await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  });

  test("prints without the site's chrome, with addresses in place of links, in dark ink", async ({ page }) => {
    await open(page);
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
    await expect(page.locator("#read-more")).toContainText(`(${editionUrl(generalEdition, "/check/")})`);
    const ink = await page.getByRole("heading", { level: 1 }).evaluate((h1) => getComputedStyle(h1).color);
    expect(ink).toBe("rgb(24, 24, 27)");
  });
});

test.describe("the onboarding one-pager, Northwind edition", () => {
  const orgTitle = "What Northwind Traders can see when you use Claude";

  async function openOrg(page: Page) {
    await page.goto(editionUrl(orgEdition, "/onboarding/"));
    await expect(page.getByRole("heading", { level: 1, name: orgTitle })).toBeVisible();
  }

  test("names the organization, its contact and its policy, each as its own statement", async ({ page }) => {
    await openOrg(page);
    const ids = await page.locator("article section[id]").evaluateAll((sections) => sections.map((s) => s.id));
    expect(ids).toEqual(onboardingSectionIds({ hasPolicy: true }));
    await expect(page.locator("#who-to-ask").getByRole("link", { name: "ai-help@northwind.example" })).toHaveAttribute(
      "href",
      "mailto:ai-help@northwind.example",
    );
    const policy = page.locator("#policy");
    await expect(policy).toContainText("not a statement by Anthropic");
    await expect(policy).toContainText("Personal use of your work Claude account is allowed in moderation.");
    await expect(page.locator("#what-they-can-see")).toContainText("Stated by Northwind Traders on 2 November 2026");
    expect(await brokenLinks(page, orgEdition.outDir, orgEdition.basePath)).toEqual([]);
  });

  test("answers for its plan with its settings: fewer possibles than the general Enterprise column", async ({
    page,
  }) => {
    const possible = (cells: Locator) => cells.getByText("Possible", { exact: true }).count();
    await open(page);
    const generalEnterprise = page.getByRole("table").getByRole("row").locator("td:nth-of-type(2)");
    const general = await possible(generalEnterprise);
    await openOrg(page);
    await expect(page.getByRole("columnheader", { name: "At Northwind Traders (Enterprise plan)" })).toBeVisible();
    const stated = await possible(page.getByRole("table"));
    expect(general).toBeGreaterThan(0);
    expect(stated).toBeLessThan(general);
  });

  test("prints the organization's addresses, without the site-wide notice", async ({ page }) => {
    await openOrg(page);
    const notice = page.getByRole("complementary", { name: "Tailored for Northwind Traders" });
    await expect(notice).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { level: 1, name: orgTitle })).toBeVisible();
    await expect(notice).toBeHidden();
    await expect(page.locator("#read-more")).toContainText(`(${editionUrl(orgEdition, "/check/")})`);
    await expect(page.locator("#policy")).toContainText("(https://intranet.northwind.example/policies/ai-use)");
  });
});

for (const [edition, path] of [
  ["general edition", "/onboarding/"],
  ["Northwind edition", editionUrl(orgEdition, "/onboarding/")],
] as const) {
  for (const format of ["A4", "Letter"] as const) {
    test(`the ${edition} one-pager fits on one or two ${format} pages`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const pages = pdfPageCount(await page.pdf({ format }));
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    });
  }
}

for (const edition of editions) {
  const path = editionUrl(edition, "/onboarding/");

  test.describe(`the ${edition.name} one-pager's printed addresses`, () => {
    test("name the origin the page is served from, never a made-up localhost", async ({ page }) => {
      await page.goto(path);
      // The print button appears once the script runs, and with it the addresses the browser knows.
      await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
      await page.emulateMedia({ media: "print" });
      const article = page.getByRole("article");
      await expect(article).toContainText(`Online at ${path}`);
      await expect(page.locator("#read-more")).toContainText(`(${editionUrl(edition, "/sources/#method")})`);
      expect(await article.innerText()).not.toContain("localhost:3000");
    });

    test("without JavaScript, are the configured site address or the path, never localhost", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      await page.emulateMedia({ media: "print" });
      const expected = edition.basePath ? "https://docs.northwind.example/privacy/ai/check/" : "/check/";
      await expect(page.locator("#read-more")).toContainText(`(${expected})`);
      expect(await page.getByRole("article").innerText()).not.toContain("localhost");
      await context.close();
    });
  });

  test(`the ${edition.name} one-pager reads on a 390 px phone without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    const table = page.getByRole("table");
    const lastColumn = table.getByRole("columnheader").last();
    await expect(lastColumn).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Every plan's entry for a row lies within the screen, not cut off at its right edge.
    for (const cell of await table
      .getByRole("row", { name: /^Chat content/ })
      .getByRole("cell")
      .all()) {
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
  });
}
