import { expect, test, type Page } from "@playwright/test";
import { builtPages } from "../scripts/built-pages";
import { generalEdition } from "./support/editions";

/*
 * A report says each claim once: the reasons name their claims and link to a numbered entry under
 * "Sources for this report", which holds the quotes, the pages and the review date. These journeys run
 * on the static reports, which must work without JavaScript and on paper.
 */

const reports = builtPages(generalEdition.outDir).filter((path) =>
  /^\/(check|onboarding)\/report\/[^/]+\/$/.test(path),
);

/** Every claim link in the report's reasons, with the entry it leads to, read from the page. */
async function claimLinks(page: Page) {
  return page.locator("details a[href^='#report-claim-']").evaluateAll((links) =>
    links.map((link) => {
      const target = document.getElementById(link.getAttribute("href")!.slice(1));
      const list = document.getElementById("report-sources")?.closest("section");
      return {
        text: link.textContent ?? "",
        inList: !!target && !!list?.contains(target),
        quotes: target?.querySelectorAll("blockquote").length ?? 0,
        number: target ? [...target.parentElement!.children].indexOf(target) + 1 : 0,
        statement: target?.querySelector("p")?.firstChild?.textContent ?? "",
      };
    }),
  );
}

test.describe("sources for a report", () => {
  test("every built report links each claim in its reasons to its numbered entry, which holds its quotes", async ({
    page,
  }) => {
    expect(reports.length).toBeGreaterThan(5);
    for (const path of reports) {
      await page.goto(path);
      const links = await claimLinks(page);
      expect(links.length, path).toBeGreaterThan(0);
      for (const link of links) {
        expect(link.inList, `${path}: ${link.text}`).toBe(true);
        expect(link.quotes, `${path}: ${link.text}`).toBeGreaterThan(0);
        expect(link.text, path).toBe(`${link.statement} (source ${link.number})`);
      }
      const ids = await page.locator("[id]").evaluateAll((elements) => elements.map((element) => element.id));
      expect(ids.length - new Set(ids).size, `${path}: repeated ids`).toBe(0);
    }
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a reason's claim leads to its quotes in the report's sources", async ({ page }) => {
      await page.goto("/check/report/enterprise-compliance-api/");
      const sources = page.getByRole("region", { name: "Sources for this report" });
      await expect(sources.getByRole("heading", { name: "Sources for this report" })).toBeVisible();
      const verdict = page.getByRole("table").getByRole("link", { name: "Yes: Primary Owner, Chat content" });
      const reason = page.locator(`details${await verdict.getAttribute("href")}`);
      await reason.locator("summary").click();
      await expect(reason).toHaveAttribute("open", "");
      await expect(reason.locator("blockquote")).toHaveCount(0);
      const claim = reason.getByRole("link", { name: / \(source \d+\)$/ }).first();
      const [, statement, number] = /^(.*) \(source (\d+)\)$/.exec((await claim.textContent()) ?? "")!;
      await claim.click();
      await expect(page).toHaveURL(/#report-claim-/);
      const entry = sources.getByRole("listitem").nth(Number(number) - 1);
      await expect(entry).toBeInViewport();
      await expect(entry).toContainText(statement!);
      await expect(entry.locator("blockquote").first()).toBeVisible();
      await expect(entry.getByText(/Last reviewed \d+ \w+ 20\d\d/)).toBeVisible();
    });
  });

  test("on paper, the reasons open and the sources follow the report", async ({ page }) => {
    await page.goto("/onboarding/report/team/");
    await expect(page.getByRole("region", { name: "Sources for this report" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    // The page opens every reason before printing once its script runs; a print dialog cannot be driven
    // here, so send its event until the page answers it.
    await expect(async () => {
      await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
      await expect(page.locator("details:not([open])")).toHaveCount(0, { timeout: 500 });
    }).toPass();
    const sources = page.getByRole("region", { name: "Sources for this report" });
    await expect(sources.locator("blockquote").first()).toBeVisible();
    const firstReason = page.locator("details[id^='cell-']").first();
    await expect(firstReason.getByRole("link", { name: / \(source 1\)$/ }).first()).toBeVisible();
  });
});
