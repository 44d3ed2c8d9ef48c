import type { Server } from "node:http";
import { expect, test } from "@playwright/test";
import { startStaticServer } from "../scripts/static-server";
import { axeViolations, brokenLinks, cutOffAtRightEdge, storageLeftBehind, watchPage } from "./harness/checks";

/*
 * The quality suite is only worth something if it can fail. These tests run its checks against a
 * deliberately broken fixture site (never part of the real site) and a clean page beside it.
 */
const fixtureRoot = "e2e/fixtures/broken-site";
let server: Server;
let origin: string;

test.beforeAll(async () => {
  ({ server, url: origin } = await startStaticServer({ root: fixtureRoot, port: 0 }));
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

test.beforeEach(async ({ context }) => {
  // Fail fast instead of waiting on DNS for the made-up outside host.
  await context.route("http://tracker.invalid/**", (route) => route.abort());
});

test.describe("the harness on a broken page", () => {
  test("reports the outside request, the console error and the uncaught exception", async ({ page }) => {
    const watch = await watchPage(page, origin);
    await page.goto(`${origin}/`, { waitUntil: "load" });
    await expect(page.getByRole("heading", { name: "Broken on purpose" })).toBeVisible();
    await expect.poll(() => watch.problems.length).toBeGreaterThanOrEqual(3);
    expect(watch.problems).toEqual(
      expect.arrayContaining([
        "request to another origin: http://tracker.invalid/pixel.gif",
        "console error: something went wrong",
        "page error: uncaught on purpose",
      ]),
    );
  });

  test("reports the cookie and the stored answers", async ({ page }) => {
    await page.goto(`${origin}/`);
    await expect(page.getByRole("heading", { name: "Broken on purpose" })).toBeVisible();
    expect(await storageLeftBehind(page)).toEqual(["cookie: tracker", "localStorage: answers"]);
  });

  test("reports accessibility violations", async ({ page }) => {
    await page.goto(`${origin}/`);
    const rules = (await axeViolations(page)).map((line) => line.split(" ")[0]);
    expect(rules).toEqual(expect.arrayContaining(["color-contrast", "image-alt", "html-has-lang"]));
  });

  test("reports text cut off at a phone's right edge, not text in a box that scrolls", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${origin}/`);
    expect(await cutOffAtRightEdge(page)).toEqual([
      expect.stringMatching(/^<code> ends at \d+ px: "a_long_identifier_that_a_phone_would_cut_off/),
    ]);
  });

  test("reports the missing page and the missing anchor, not the good anchor", async ({ page }) => {
    await page.goto(`${origin}/`);
    expect(await brokenLinks(page, fixtureRoot)).toEqual([
      "/missing/: no such page",
      "/good/#no-such-anchor: no element with that id",
    ]);
  });
});

test.describe("the harness on a page its Content Security Policy blocks", () => {
  test("reports the blocked inline script and style, and lets the script allowed by hash run", async ({ page }) => {
    const watch = await watchPage(page, origin);
    const response = await page.goto(`${origin}/csp/`, { waitUntil: "load" });
    // The policy comes from the fixture's _headers file, as a host would send it.
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'sha256-");
    await expect(page.getByRole("heading", { name: "Blocked by its policy" })).toBeVisible();
    await expect(page.locator("body")).toHaveAttribute("data-allowed", "yes");
    await expect(page.locator("body")).not.toHaveAttribute("data-blocked", /.*/);
    await expect.poll(() => watch.problems.filter((line) => line.includes(" blocked inline")).length).toBe(2);
    expect(watch.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^CSP violation: script-src-elem blocked inline at http:\/\/localhost:\d+\/csp\/:\d+$/),
        expect.stringMatching(/^CSP violation: style-src-elem blocked inline/),
      ]),
    );
  });
});

test.describe("the harness on a clean page", () => {
  test("reports nothing", async ({ page }) => {
    const watch = await watchPage(page, origin);
    await page.goto(`${origin}/good/`, { waitUntil: "networkidle" });
    await expect(page.getByRole("heading", { name: "Nothing wrong here" })).toBeVisible();
    expect(watch.problems).toEqual([]);
    expect(await storageLeftBehind(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await brokenLinks(page, fixtureRoot)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await cutOffAtRightEdge(page)).toEqual([]);
  });
});
