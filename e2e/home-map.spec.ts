import { expect, test, type Locator } from "@playwright/test";
import { onboardingColumns } from "../lib/content/one-pager";
import { orgEditionOf } from "../lib/profile/edition-of";
import { orgProfileFromEnv } from "../lib/profile/load";
import { editionUrl, exampleProfilePath, orgEdition } from "./support/editions";

/** The example organization as its build read it, without leaving ORG_PROFILE set for other tests. */
function northwind() {
  const before = process.env.ORG_PROFILE;
  process.env.ORG_PROFILE = exampleProfilePath;
  try {
    return orgEditionOf(orgProfileFromEnv())!;
  } finally {
    if (before === undefined) delete process.env.ORG_PROFILE;
    else process.env.ORG_PROFILE = before;
  }
}

/** The engine's verdict, worked out here as the build did, for one cell of typical use on a plan. */
function verdictFor(columns: ReturnType<typeof onboardingColumns>, plan: string, data: string, audience: string) {
  const report = columns.find((column) => column.plan === plan)!.report;
  return report.cells.find((cell) => cell.data === data && cell.audience === audience)!.verdict;
}

/** The words column a verdict is listed in, in the map's table. */
const wordsColumn = { yes: 0, possible: 1 } as const;

async function expectAgreement(figure: Locator, plan: string, verdict: "yes" | "possible" | "no") {
  // The drawing: one image, named, with a mark whose shape stands for the verdict.
  await expect(figure.getByRole("img", { name: new RegExp(`^Who can see what on the ${plan}`) })).toBeVisible();
  const label = { yes: "Yes", possible: "Possible", no: "No" }[verdict];
  await expect(figure.locator("svg title", { hasText: `Admins, Chat content: ${label}` })).toHaveCount(1);
  // The words: Admins named in the column for the verdict, and in no other.
  await figure.getByText(`The ${plan} map in words`).click();
  const row = figure.getByRole("row", { name: /^Chat content/ });
  await expect(row).toBeVisible();
  for (const [word, index] of Object.entries(wordsColumn)) {
    const cell = row.getByRole("cell").nth(index);
    if (word === verdict) await expect(cell).toContainText("Admins");
    else await expect(cell).not.toContainText("Admins");
  }
}

test.describe("the home page map", () => {
  test("draws Team and Enterprise side by side, and says each in words the engine agrees with", async ({ page }) => {
    const columns = onboardingColumns();
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 2, name: "Who can see what, at a glance" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Key to the map" })).toContainText("Possible: might");
    for (const plan of ["team", "enterprise"] as const) {
      const name = plan === "team" ? "Team plan" : "Enterprise plan";
      const figure = page.getByRole("figure", { name });
      await expectAgreement(figure, name, verdictFor(columns, plan, "chat-content", "admins"));
      await expect(
        figure.getByRole("link", { name: `The ${name} report, with every reason and source` }),
      ).toBeVisible();
    }
  });

  test("draws the organization's own plan with its statements in its edition", async ({ page }) => {
    const columns = onboardingColumns(northwind());
    await page.goto(editionUrl(orgEdition, "/"));
    const figure = page.getByRole("figure", { name: "At Northwind Traders (Enterprise plan)" });
    await expectAgreement(figure, "Enterprise plan", verdictFor(columns, "enterprise", "chat-content", "admins"));
    await expect(page.getByRole("figure")).toHaveCount(1);
  });

  test("is there without JavaScript, and fits a 390 px phone without sideways scrolling", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/");
    const image = page.getByRole("img", { name: /^Who can see what on the Enterprise plan/ });
    await expect(image).toBeVisible();
    expect((await image.boundingBox())!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});

test("a report opens with the same map at a glance", async ({ page }) => {
  await page.goto("/onboarding/report/team/");
  const glance = page.getByRole("region", { name: "Map of who can see what" });
  await expect(glance.getByRole("img", { name: /^Who can see what in this report/ })).toBeVisible();
  await expect(glance.getByRole("list", { name: "Key to the map" })).toBeVisible();
});
