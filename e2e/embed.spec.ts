import type { Server } from "node:http";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { editionUrl, orgEdition } from "./support/editions";
import { intranetPage, serveIntranet } from "./support/intranet-page";

/*
 * The embed views inside an iframe on another origin, with the headers the build generated: the
 * example profile allows http://localhost:4180 to frame them, and nobody else.
 */
const INTRANET_PORT = 4180;
const allowedParent = `http://localhost:${INTRANET_PORT}/`;
// The same server under another name is another origin, one the profile does not list.
const unlistedParent = `http://127.0.0.1:${INTRANET_PORT}/`;

let server: Server;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // `?embed=<path>` picks the embed view; the check by default.
  server = await serveIntranet(INTRANET_PORT, (url) =>
    intranetPage(editionUrl(orgEdition, url.searchParams.get("embed") ?? "/embed/check/")),
  );
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("the check renders in an intranet iframe and reports its height as it changes", async ({ page }) => {
  await page.goto(allowedParent);
  const frame = page.frameLocator("#employer-visibility");
  await expect(frame.getByRole("heading", { level: 1, name: "What can my employer see?" })).toBeVisible();
  await expect(frame.getByRole("banner")).toHaveCount(0);
  await expect(page.locator("body")).toHaveAttribute("data-reported-height", /\d+/);
  const before = Number(await page.locator("body").getAttribute("data-reported-height"));
  // The edition starts on Northwind's plan; once the products are answered, a report appears and the frame grows.
  await frame.getByRole("radio", { name: "Personal Free, Pro or Max plan" }).check();
  await frame
    .getByRole("group", { name: "Which of these do you use?" })
    .getByRole("checkbox", { name: "None of these" })
    .check();
  await expect(frame.getByRole("heading", { name: "Your report" })).toBeVisible();
  await expect
    .poll(async () => Number(await page.locator("body").getAttribute("data-reported-height")))
    .not.toBe(before);
  // The iframe was resized to what the embed reported, so the whole report shows without a scroll bar.
  const reported = Number(await page.locator("body").getAttribute("data-reported-height"));
  const frameHeight = await page.locator("#employer-visibility").evaluate((element) => element.clientHeight);
  expect(frameHeight).toBe(reported);
});

const embeddedExplainer = `${allowedParent}?embed=/embed/layers/incognito/`;

/** On the intranet page framing an explainer, follows its link to the layers; resolves to the tab it opened. */
async function followLinkOutOfExplainer(page: Page, context: BrowserContext): Promise<Page> {
  await page.goto(embeddedExplainer);
  const frame = page.frameLocator("#employer-visibility");
  await expect(frame.getByRole("heading", { level: 1, name: /Incognito/ })).toBeVisible();
  const opened = context.waitForEvent("page");
  await frame.getByRole("link", { name: "The six layers" }).click();
  const tab = await opened;
  await expect(tab).toHaveURL(editionUrl(orgEdition, "/layers/"));
  return tab;
}

test("an explainer renders embedded, and links out of it open in a new tab", async ({ page, context }) => {
  await followLinkOutOfExplainer(page, context);
  // The intranet page itself stays where it was.
  await expect(page).toHaveURL(embeddedExplainer);
});

test("links out of an embed open in a new tab even before its scripts have run", async ({ page, context }) => {
  // The embed's scripts never arrive: only the page as sent is there.
  await page.route(/\/_next\/static\/chunks\//, (route) => route.abort());
  await followLinkOutOfExplainer(page, context);
});

test("an origin the profile does not list cannot frame the embed", async ({ page }) => {
  const blocked = page.waitForEvent("console", (message) => /frame-ancestors/.test(message.text()));
  await page.goto(unlistedParent);
  await blocked;
  await expect(page.frameLocator("#employer-visibility").getByRole("heading", { level: 1 })).toHaveCount(0);
  await expect(page.locator("body")).not.toHaveAttribute("data-reported-height", /.*/);
});

test("pages of the full site cannot be framed at all, even by a listed origin", async ({ page }) => {
  const blocked = page.waitForEvent("console", (message) => /frame-ancestors/.test(message.text()));
  await page.goto(`${allowedParent}?embed=/check/`);
  await blocked;
  await expect(page.frameLocator("#employer-visibility").getByRole("heading", { level: 1 })).toHaveCount(0);
});
