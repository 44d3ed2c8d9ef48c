import { expect, test, type Page } from "@playwright/test";
import { choose, tick } from "./support/check";
import { editionUrl, generalEdition, orgEdition } from "./support/editions";

/*
 * The example organization's edition (examples/northwind), built with ORG_PROFILE and served under
 * /privacy/ai: the notice, the pre-answered check, the organization's contact, its settings in the
 * explainers, and its accent colour and logo.
 */
const org = (path: string) => editionUrl(orgEdition, path);

/** Says which products the person uses and what they do in the Claude apps: the questions every report waits for. */
async function answerUse(page: Page) {
  await tick(page, "Which of these do you use?", "Claude apps");
  await tick(page, "Do you do any of these in the Claude apps?", "None of these");
}

/** The number of "possible" lines in the report's summary. */
async function possibleLines(page: Page) {
  const summary = page.getByRole("region", { name: "In short" });
  await expect(summary).toBeVisible();
  return summary.getByText("Possible", { exact: true }).count();
}

test.describe("the organization's edition", () => {
  for (const path of ["/", "/check/", "/layers/audit-logs/", "/sources/", "/embed/check/"]) {
    test(`says whose edition ${path} is, when it was stated and whom to ask`, async ({ page }) => {
      await page.goto(org(path));
      const notice = page.getByRole("complementary", { name: "Tailored for Northwind Traders" });
      await expect(notice).toContainText("Tailored for Northwind Traders.");
      await expect(notice).toContainText("not Anthropic");
      await expect(notice).toContainText("2 November 2026");
      await expect(notice.getByRole("link", { name: "ai-help@northwind.example" })).toHaveAttribute(
        "href",
        "mailto:ai-help@northwind.example",
      );
      await expect(notice.getByRole("img", { name: "Northwind Traders" })).toBeVisible();
    });
  }

  test("the home page quotes the organization's personal-use policy as its own", async ({ page }) => {
    await page.goto(org("/"));
    const policy = page.getByRole("region", { name: "Northwind Traders’s policy on using Claude" });
    await expect(policy).toContainText("Personal use of your work Claude account is allowed in moderation.");
    await expect(policy).toContainText("not a statement by Anthropic");
    await expect(policy.getByRole("link", { name: "Read the full AI-use policy" })).toHaveAttribute(
      "href",
      "https://intranet.northwind.example/policies/ai-use",
    );
  });

  test("the general edition has no notice", async ({ page }) => {
    await page.goto(editionUrl(generalEdition, "/"));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("Tailored for")).toHaveCount(0);
  });

  test("the check starts on the organization's plan with its settings set, and asks the rest", async ({ page }) => {
    await page.goto(org("/check/"));
    await expect(
      page.getByRole("group", { name: /Which Claude account/ }).getByRole("radio", { name: "Enterprise plan" }),
    ).toBeChecked();
    // The report waits for the products used; the organization's statements then stand in for its settings.
    await answerUse(page);
    const settings = page.getByRole("region", { name: /organization.s settings/i });
    await expect(settings.getByText("Compliance API", { exact: true })).toBeVisible();
    await expect(settings.getByText(/^On: set by your organization/).first()).toBeVisible();
    await expect(settings.getByText(/On, 365 days: set by your organization/)).toBeVisible();
    await expect(settings.getByText(/Source: Northwind Traders.s profile for this site/).first()).toBeVisible();
    // Stated settings are not offered as questions.
    await expect(settings.getByRole("group", { name: "Compliance API" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Your report" })).toBeVisible();
    await expect(page.getByText(/This report uses 10 settings stated by Northwind Traders/)).toBeVisible();
  });

  test("gives fewer possible verdicts than the general edition for the same person", async ({ page }) => {
    await page.goto(editionUrl(generalEdition, "/check/"));
    await choose(page, /Which Claude account/, "Enterprise plan");
    await answerUse(page);
    const general = await possibleLines(page);

    await page.goto(org("/check/"));
    await answerUse(page);
    const tailored = await possibleLines(page);
    expect(general).toBeGreaterThan(0);
    expect(tailored).toBeLessThan(general);
  });

  test("questions to ask name the organization's contact", async ({ page }) => {
    await page.goto(org("/check/#account=enterprise&surfaces=claude-code-work-login"));
    const questions = page.getByRole("region", { name: "Questions to ask" });
    // Unless every open question is settled, the section names whom to ask at Northwind.
    if ((await questions.count()) > 0) {
      await expect(questions).toContainText("Ask Workplace IT, AI help desk");
      await expect(questions.getByRole("link", { name: "ai-help@northwind.example" })).toBeVisible();
    }
    await page.goto(editionUrl(generalEdition, "/check/#account=enterprise&surfaces=claude-apps&behaviours=none"));
    await expect(page.getByRole("region", { name: "Questions to ask" })).toContainText("Your Primary Owner or IT team");
  });

  test("a link answering a stated setting differently is corrected, with a notice", async ({ page }) => {
    await page.goto(org("/check/#account=enterprise&compliance-api=no"));
    await expect(page.getByRole("status").filter({ hasText: "Part of this link" })).toContainText(
      'The link answered "Compliance API" differently; Northwind Traders states it, so its statement is used.',
    );
  });

  test("another account is the person's own: the organization's settings do not apply", async ({ page }) => {
    await page.goto(org("/check/"));
    await choose(page, /Which Claude account/, "Personal Free, Pro or Max plan");
    await expect(page.getByText(/set by your organization/)).toHaveCount(0);
    await expect(page).toHaveURL(/#account=personal/);
  });

  test("explainers show the organization's settings as its statements", async ({ page }) => {
    await page.goto(org("/layers/anthropic-access/"));
    const box = page.getByRole("region", { name: "At Northwind Traders" });
    await expect(box).toContainText("Access Transparency: on");
    await expect(box).toContainText("Customer-managed encryption keys: off");
    await expect(box).toContainText("not Anthropic");
    await page.goto(editionUrl(generalEdition, "/layers/anthropic-access/"));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: /^At / })).toHaveCount(0);
  });

  test("uses the organization's accent colour", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(org("/"));
    const accent = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--color-accent").trim());
    expect(await accent()).toBe("#0f5f58");
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await accent()).toBe("#5eead4");
  });

  test("serves every page, asset and data file under the base path, and nothing at the root", async ({
    page,
    request,
  }) => {
    for (const path of ["/data/visibility.json", "/data/search-index.json", "/sitemap.xml", "/org/logo.svg"]) {
      expect((await request.get(org(path))).status(), path).toBe(200);
    }
    expect((await request.get(`${orgEdition.origin}/check/`)).status()).toBe(404);
    const sitemap = await (await request.get(org("/sitemap.xml"))).text();
    expect(sitemap).toContain("https://docs.northwind.example/privacy/ai/check/");

    // Client-side navigation and the search index both resolve under the base path.
    await page.goto(org("/"));
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
    await expect(page).toHaveURL(org("/search/"));
    await page.getByRole("searchbox").fill("incognito");
    await expect(page.getByRole("link", { name: /Incognito/ }).first()).toBeVisible();
  });
});
