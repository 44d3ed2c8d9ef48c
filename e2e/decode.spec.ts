import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./harness/checks";

const samples = join(process.cwd(), "public", "samples");
const fileLabel = "Choose an audit-log CSV or an Activity Feed JSON or JSON Lines file";

/** Every request the page makes from now on, with where it went. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

async function openDecoder(page: Page) {
  // networkidle: the page, its scripts and the worker's scripts have all loaded before a file is chosen.
  await page.goto("/decode/", { waitUntil: "networkidle" });
  await expect(page.getByRole("heading", { level: 1, name: "Decode your organization’s logs" })).toBeVisible();
  await expect(page.getByLabel(fileLabel)).toBeEnabled();
}

async function expectCounts(page: Page, read: number, valid: number, invalid: number) {
  const tile = (label: string) => page.getByRole("listitem").filter({ hasText: label });
  await expect(tile("Rows read")).toHaveText(`Rows read ${read}`);
  await expect(tile("Valid rows")).toHaveText(`Valid rows ${valid}`);
  await expect(tile("Rows that did not fit")).toHaveText(`Rows that did not fit ${invalid}`);
}

/** The count in the "Events by type" table for one type. */
function typeRow(page: Page, type: string) {
  return page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: type, exact: true }) })
    .first();
}

test.describe("the decoder", () => {
  test("is on the page, switched off, before its script runs, so nothing moves when it comes alive", async ({
    page,
  }) => {
    await openDecoder(page);
    // Layout shifts are only handed to an observer; with `buffered`, the past ones arrive at once.
    const shifts = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) sum += (entry as unknown as { value: number }).value;
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(sum), 200);
        }),
    );
    expect(shifts).toBeLessThan(0.01);
  });

  test("says without JavaScript that it needs it, beside its controls switched off", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/decode/");
    // Playwright's text search passes over <noscript>, which holds the words; it is found here by CSS.
    const notice = page.locator("noscript > p");
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("The decoder needs JavaScript");
    await expect(page.getByLabel(fileLabel)).toBeDisabled();
    await context.close();
  });
  test("reads the audit-log example and says what it found, without a single request", async ({ page }) => {
    await openDecoder(page);
    const requests = recordRequests(page);
    await page.getByLabel(fileLabel).setInputFiles(join(samples, "audit-log-example.csv"));
    await expect(page.getByRole("heading", { name: "What audit-log-example.csv records" })).toBeVisible();
    await expect(page.getByText("Found: an audit-log export (CSV).")).toBeVisible();
    await expectCounts(page, 15, 15, 0);
    await expect(typeRow(page, "user_signed_in_sso")).toContainText("3");
    await expect(typeRow(page, "conversation_renamed")).toContainText("Records text a person typed");
    await expect(typeRow(page, "example_unlisted_event")).toContainText("Not in our catalogue");
    await expect(page.getByRole("heading", { name: "Renamed titles: 2" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Example title: draft reply to landlord", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Deletions: 1" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Data exports started: 1" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Sign-ins from new IP addresses: 1" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "203.0.113.45" }).first()).toBeVisible();
    expect(requests).toEqual([]);
  });

  test("filters by person: what the file says about one actor", async ({ page }) => {
    await openDecoder(page);
    await page.getByLabel(fileLabel).setInputFiles(join(samples, "audit-log-example.csv"));
    await page.getByLabel("Show what the file records about").selectOption({ label: "alice@example.com (6 rows)" });
    const person = page.getByRole("region", { name: "What this file says about alice@example.com" });
    await expect(person).toBeVisible();
    await expect(person).toContainText("192.0.2.10, 203.0.113.45");
    await expect(page.getByRole("heading", { name: "Events by type for alice@example.com" })).toBeVisible();
    await expect(typeRow(page, "user_signed_in_sso")).toContainText("2");
    // Bob's project rename is not about Alice.
    await expect(page.getByRole("heading", { name: "Renamed titles: 1" })).toBeVisible();
  });

  test("reads the Activity Feed example, with Anthropic's access and a preservation with no earlier access", async ({
    page,
  }) => {
    await openDecoder(page);
    await page.getByLabel(fileLabel).setInputFiles(join(samples, "activity-feed-example.json"));
    await expect(page.getByText(/Found: Activity Feed JSON/)).toBeVisible();
    await expect(page.getByText(/It holds 1 response of the feed/)).toBeVisible();
    await expectCounts(page, 12, 12, 0);
    await expect(typeRow(page, "anthropic_access")).toContainText("2");
    await expect(typeRow(page, "cmek_preserve")).toContainText("2");
    await expect(typeRow(page, "example_unlisted_activity")).toContainText("Not in our catalogue");
    const byReason = page.getByRole("table", { name: "By reason code" });
    await expect(byReason.getByRole("row").filter({ hasText: "incident_response" })).toContainText("1");
    await expect(byReason.getByRole("row").filter({ hasText: "policy_violation_investigation" })).toContainText("2");
    const byDepartment = page.getByRole("table", { name: "By department" });
    await expect(byDepartment.getByRole("row").filter({ hasText: "Security" })).toContainText("1");
    await expect(page.getByRole("heading", { name: "Preservations with no earlier access event: 1" })).toBeVisible();
    await expect(page.getByText("msg_example_0003", { exact: true })).toBeVisible();
    await expect(page.getByText(/shortest 3 seconds/)).toBeVisible();
  });

  test("reads JSON Lines, and pasted text through the same path", async ({ page }) => {
    await openDecoder(page);
    await page.getByLabel(fileLabel).setInputFiles(join(samples, "activity-feed-example.jsonl"));
    await expect(page.getByText(/Found: Activity Feed JSON Lines/)).toBeVisible();
    await expectCounts(page, 8, 8, 0);

    await page
      .getByLabel("Or paste the text of an export")
      .fill(readFileSync(join(samples, "audit-log-example.csv"), "utf8"));
    await page.getByRole("button", { name: "Read pasted text" }).click();
    await expect(page.getByRole("heading", { name: "What pasted text records" })).toBeVisible();
    await expectCounts(page, 15, 15, 0);
  });

  test("a damaged file shows its errors and still shows its valid rows", async ({ page }) => {
    await openDecoder(page);
    await page.getByLabel(fileLabel).setInputFiles(join(samples, "audit-log-malformed-example.csv"));
    await expectCounts(page, 7, 3, 4);
    await expect(page.getByRole("heading", { name: "Rows that did not fit: 4" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "created_at is not a date and time" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "has 4 fields; the header has 9" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "has a quoted field that is never closed" })).toBeVisible();
    const valid = page.getByRole("region", { name: "Valid rows, scrollable" });
    await expect(valid.getByRole("row")).toHaveCount(4);
    await expect(valid.getByRole("cell", { name: "user_signed_in_google" })).toBeVisible();
  });

  test("a file of the wrong kind is named for what it is, and nothing is read", async ({ page }) => {
    await openDecoder(page);
    await page.getByLabel(fileLabel).setInputFiles({
      name: "people.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("name,email\nAlice,alice@example.com\n"),
    });
    await expect(page.getByRole("heading", { name: "people.csv was not read" })).toBeVisible();
    await expect(page.getByText(/not an audit-log export/)).toBeVisible();
  });

  test("the examples load from this site only, and the summary downloads without a request", async ({
    page,
    baseURL,
  }) => {
    await openDecoder(page);
    const requests = recordRequests(page);
    await page.getByRole("button", { name: "Try an example: Activity Feed (JSON Lines)" }).click();
    await expectCounts(page, 8, 8, 0);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download summary (JSON)" }).click();
    const saved = JSON.parse(readFileSync(await (await download).path(), "utf8")) as {
      summary: { validRows: number; types: { type: string; known: boolean }[] };
    };
    expect(saved.summary.validRows).toBe(8);
    expect(saved.summary.types.find((type) => type.type === "example_unlisted_activity")?.known).toBe(false);
    const csv = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download summary (CSV)" }).click();
    expect(readFileSync(await (await csv).path(), "utf8")).toContain("rows,valid,8,");
    // The site's own code may still arrive late on a busy machine (the worker's scripts); it carries nothing.
    const left = requests.filter((url) => !url.startsWith("blob:") && !url.startsWith(`${baseURL}/_next/static/`));
    expect(left).toEqual([`${baseURL}/samples/activity-feed-example.jsonl`]);
  });

  test("on a 390 px phone the file picker is on the first screen, and nothing scrolls sideways", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDecoder(page);
    const picker = page.getByLabel(fileLabel);
    const box = (await picker.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    // The promise that the file stays here comes before it, in the opening words.
    await expect(page.getByText("The file is read here, in your browser, and never uploaded.")).toBeVisible();

    await picker.setInputFiles(join(samples, "audit-log-example.csv"));
    const valid = page.getByRole("region", { name: "Valid rows, scrollable" });
    await expect(valid.getByRole("cell", { name: "conversation_renamed" }).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const region = (await valid.boundingBox())!;
    expect(region.x + region.width).toBeLessThanOrEqual(390);
    // Each row is a card of named values, every value within the screen.
    for (const cell of await valid.getByRole("row").nth(1).getByRole("cell").all()) {
      const cellBox = (await cell.boundingBox())!;
      expect(cellBox.x + cellBox.width).toBeLessThanOrEqual(390);
    }
  });

  test("event names wrap only after an underscore or a dot, never inside a word", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openDecoder(page);
    await page.getByLabel(fileLabel).setInputFiles(join(samples, "audit-log-example.csv"));
    const type = page.getByRole("rowheader", { name: "conversation_renamed", exact: true });
    await expect(type).toBeVisible();
    // Each piece between break opportunities is one text node; none of them may sit on two lines.
    const { checked, split } = await page.getByRole("main").evaluate((main) => {
      const split: string[] = [];
      let checked = 0;
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || !node.parentElement?.querySelector(":scope > wbr")) continue;
        checked += 1;
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) split.push(node.textContent);
      }
      return { checked, split };
    });
    expect(checked).toBeGreaterThan(10);
    expect(split).toEqual([]);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the results have no axe violations in the ${colorScheme} colour scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openDecoder(page);
      await page.getByLabel(fileLabel).setInputFiles(join(samples, "activity-feed-example.json"));
      await expect(page.getByRole("heading", { name: "Preservations with no earlier access event: 1" })).toBeVisible();
      await page.getByLabel("Show what the file records about").selectOption({ index: 1 });
      await expect(page.getByRole("heading", { name: /^What this file says about/ })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel(fileLabel).setInputFiles(join(samples, "audit-log-malformed-example.csv"));
      await expect(page.getByRole("heading", { name: "Rows that did not fit: 4" })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
