import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./harness/checks";
import { choose, expectVerdict, tick } from "./support/check";

/*
 * The check as a first-time visitor meets it: nothing unanswered is read as "no", only questions that can
 * change the report are asked, and the report can be found from wherever the questions have scrolled to.
 */
const account = "Which Claude account do you use for work?";
const surfaces = "Which of these do you use?";
const behaviours = "Do you do any of these in the Claude apps?";

const preview = (page: Page) => page.getByRole("region", { name: "What the report will cover" });
const glance = (page: Page) => page.getByRole("region", { name: "At a glance" });
const reportHeading = (page: Page) => page.getByRole("heading", { name: "Your report", exact: true });
/** Every verdict link of the table and the per-data lists: "No: Admins, Chat content" and the like. */
const anyVerdict = (page: Page, verdict: "Yes" | "Possible" | "No") =>
  page.getByRole("link", { name: new RegExp(`^${verdict}: `) });

test.beforeEach(async ({ page }) => {
  await page.goto("/check/");
  await expect(page.getByRole("heading", { level: 1, name: "What can my employer see?" })).toBeVisible();
  // The questions appear once the check's code has loaded, after the page's first paint.
  await expect(page.getByRole("form", { name: "Your situation" })).toBeVisible();
});

test("choosing only a plan gives no verdict, least of all a no, about what was not asked", async ({ page }) => {
  await choose(page, account, "Team plan");
  // The page says what the report will cover and what it waits for, instead of verdicts.
  await expect(preview(page)).toBeVisible();
  await expect(preview(page).getByRole("listitem")).toHaveText([surfaces]);
  await expect(reportHeading(page)).toHaveCount(0);
  await expect(anyVerdict(page, "No")).toHaveCount(0);
  await expect(page.getByText(/You said you do not/)).toHaveCount(0);

  // The products alone still leave what the person does in the Claude apps open: files, deletions, renames.
  await tick(page, surfaces, "Claude apps");
  await expect(preview(page).getByRole("listitem")).toHaveText([behaviours]);
  await expect(anyVerdict(page, "No")).toHaveCount(0);

  // Answered, the report appears, and a "no" about files now rests on the person's own answer.
  await tick(page, behaviours, "None of these");
  await expect(reportHeading(page)).toBeVisible();
  await expect(preview(page)).toHaveCount(0);
  await expectVerdict(page, "Yes", "Primary Owner", "Chat content");
  await expectVerdict(page, "No", "Primary Owner", "Uploaded files");
  await page.getByRole("link", { name: "No: Primary Owner, Uploaded files" }).click();
  await expect(page.locator("details[open]").getByText("You said you do not upload files")).toBeVisible();
});

test("a link from before \u201cNone of these\u201d asks the one question it leaves open, and keeps the rest", async ({
  page,
}) => {
  await page.goto("/check/#account=enterprise&surfaces=claude-apps&compliance-api=yes");
  await expect(preview(page).getByRole("listitem")).toHaveText([behaviours]);
  await expect(anyVerdict(page, "No")).toHaveCount(0);
  await tick(page, behaviours, "None of these");
  await expect(page.getByRole("group", { name: "Compliance API" }).getByRole("radio", { name: "Yes" })).toBeChecked();
  await expectVerdict(page, "Yes", "Primary Owner", "Chat content");
});

test.describe("only questions that can change the report", () => {
  test("a Team member who only uses the Claude apps is asked no setting", async ({ page }) => {
    await choose(page, account, "Team plan");
    await tick(page, surfaces, "Claude apps");
    await tick(page, behaviours, "Incognito chats");
    await expect(reportHeading(page)).toBeVisible();
    for (const setting of [
      "Zero data retention",
      "Access Transparency",
      "Customer-managed encryption keys",
      "Claude Code telemetry",
      "Claude Code prompt logging",
      "Cowork telemetry",
    ]) {
      await expect(page.getByRole("group", { name: setting })).toHaveCount(0);
    }
    await expect(page.getByRole("heading", { name: "Your organization's settings" })).toHaveCount(0);
  });

  test("activities in the Claude apps are asked only of someone who uses the apps", async ({ page }) => {
    await choose(page, account, "Team plan");
    await tick(page, surfaces, "Claude Code, signed in with your work account");
    // What is asked instead proves the page has moved on: the telemetry Claude Code can send.
    await expect(page.getByRole("group", { name: "Claude Code telemetry" })).toBeVisible();
    await expect(page.getByRole("group", { name: behaviours })).toHaveCount(0);
    await expect(page.getByRole("group", { name: "Access Transparency" })).toHaveCount(0);
    await tick(page, surfaces, "Claude apps");
    await expect(page.getByRole("group", { name: behaviours })).toBeVisible();
  });

  test("prompt logging is asked only while Claude Code telemetry may be on", async ({ page }) => {
    await choose(page, account, "Enterprise plan");
    await tick(page, surfaces, "Claude Code, signed in with your work account");
    await expect(page.getByRole("group", { name: "Claude Code prompt logging" })).toBeVisible();
    await choose(page, "Claude Code telemetry", "No");
    await expect(page.getByRole("group", { name: "Claude Code telemetry" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Claude Code prompt logging" })).toHaveCount(0);
  });
});

test.describe("finding the report", () => {
  test("on a wide screen the report's glance stays beside the questions", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await choose(page, account, "Enterprise plan");
    await tick(page, surfaces, "Claude apps");
    await tick(page, behaviours, "None of these");
    await expect(glance(page)).toBeVisible();
    await expect(glance(page)).toContainText(/People and tools at your employer (can|might) see/);
    // The last question is far down the page; the glance is still on screen next to it.
    const last = page.getByRole("group", { name: "Inference hooks" });
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    await expect(glance(page)).toBeInViewport();
    const form = await page.getByRole("form", { name: "Your situation" }).boundingBox();
    const side = await glance(page).boundingBox();
    expect(side!.x).toBeGreaterThanOrEqual(form!.x + form!.width);
    // The phone's bar is not shown here.
    await expect(page.getByRole("link", { name: /^See your report/ })).toBeHidden();
    await glance(page).getByRole("link", { name: "Read the full report" }).click();
    await expect(reportHeading(page)).toBeFocused();
  });

  test("on a phone a bar leads to the report, with its counts, and keeps the answers in the address", async ({
    page,
  }) => {
    // A full axe run over a long report: allow for a busy machine (a limit, not a measurement).
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await choose(page, account, "Enterprise plan");
    await tick(page, surfaces, "Claude apps");
    await tick(page, behaviours, "Deleting chats");
    const bar = page.getByRole("link", { name: /^See your report \(\d+ yes, \d+ possible\)$/ });
    await expect(bar).toBeInViewport();
    await expect(glance(page)).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
    const withAnswers = page.url();
    await bar.click();
    await expect(reportHeading(page)).toBeFocused();
    await expect(reportHeading(page)).toBeInViewport();
    expect(page.url()).toBe(withAnswers);
  });

  test("an answer that changes the report shows a visible \u201cUpdated\u201d; a shared link opens without it", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/check/#account=team&surfaces=claude-apps&behaviours=none");
    await expect(glance(page)).toBeVisible();
    await expect(glance(page).getByText("Updated", { exact: true })).toHaveCount(0);
    await tick(page, behaviours, "Incognito chats");
    await expect(glance(page).getByText("Updated", { exact: true })).toBeVisible();

    // On a phone the glance is hidden, and the bar at the bottom carries the same word.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(glance(page)).toBeHidden();
    await expect(page.getByText("Updated", { exact: true }).filter({ visible: true })).toBeInViewport();
  });
});

test.describe("reading the report", () => {
  test("says who is who at the top, and does not colour your own access like a warning", async ({ page }) => {
    await page.goto("/check/#account=team&surfaces=claude-apps&behaviours=none");
    const roles = page.getByRole("region", { name: "Who is who in this report" });
    await expect(roles).toContainText("Admins here means only people with the Admin role");
    await expect(roles).toContainText("The Primary Owner is the single account at the top");

    const badge = (name: string) => page.getByRole("link", { name, exact: true }).locator("span");
    const colour = (name: string) => badge(name).evaluate((element) => getComputedStyle(element).backgroundColor);
    await expectVerdict(page, "Yes", "You", "Chat content");
    expect(await colour("Yes: You, Chat content")).not.toBe(await colour("Yes: Primary Owner, Chat content"));
  });
});
