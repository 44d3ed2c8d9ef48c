import { expect, test } from "@playwright/test";
import { axeViolations } from "./harness/checks";
import { choose, expectVerdict, tick } from "./support/check";

const account = "Which Claude account do you use for work?";
const surfaces = "Which of these do you use?";
const behaviours = "Do you do any of these in the Claude apps?";

test.beforeEach(async ({ page, javaScriptEnabled }) => {
  await page.goto("/check/");
  await expect(page.getByRole("heading", { level: 1, name: "What can my employer see?" })).toBeVisible();
  // The questions appear once the check's code has loaded, after the page's first paint.
  if (javaScriptEnabled) await expect(page.getByRole("form", { name: "Your situation" })).toBeVisible();
});

test.describe("the check, situation by situation", () => {
  test("a personal plan on a work address: a domain claim could move its chats, but only if you merge", async ({
    page,
  }) => {
    await choose(page, account, "Personal Free, Pro or Max plan");
    await tick(page, surfaces, "Claude apps");
    await tick(page, behaviours, "None of these");
    await choose(page, "Does this personal account use your work e-mail address?", "Yes");
    await expectVerdict(page, "Possible", "Primary Owner", "Chat content");
    await expectVerdict(page, "Possible", "Admins", "Sign-in and device details");
    await expectVerdict(page, "No", "Admins", "Chat content");
    await expect(page).toHaveURL(/work-email=yes/);
  });

  test("a personal plan: nobody in an organization, but Anthropic's systems process chats", async ({ page }) => {
    await choose(page, account, "Personal Free, Pro or Max plan");
    await tick(page, surfaces, "Claude apps");
    await tick(page, behaviours, "None of these");
    await choose(page, "Does this personal account use your work e-mail address?", "No");
    await expectVerdict(page, "Yes", "You", "Chat content");
    await expectVerdict(page, "Yes", "Anthropic systems", "Chat content");
    await expectVerdict(page, "No", "Primary Owner", "Chat content");
    await expectVerdict(page, "No", "Admins", "Chat content");
    await expect(page.getByText(/nobody in an organization can see your use of Claude/)).toBeVisible();
    // A personal plan asks no organization setting, and asks about telemetry an employer could set up on a
    // work computer only of someone who uses Claude Code.
    await expect(page.getByRole("group", { name: "Compliance API" })).toHaveCount(0);
    await expect(page.getByRole("group", { name: "Claude Code telemetry" })).toHaveCount(0);
    await tick(page, surfaces, "Claude Code, signed in with this account");
    await expect(page.getByRole("group", { name: "Claude Code telemetry" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Compliance API" })).toHaveCount(0);
  });

  test("Team with incognito: exports reach incognito chats, the Owners' access is disputed", async ({ page }) => {
    await choose(page, account, "Team plan");
    await tick(page, surfaces, "Claude apps");
    await tick(page, behaviours, "Incognito chats");
    await expectVerdict(page, "Yes", "Primary Owner", "Chat content");
    await expectVerdict(page, "Possible", "Owners", "Chat content");
    await expectVerdict(page, "No", "Admins", "Chat content");
    await expectVerdict(page, "No", "Compliance key holders", "Chat content");
    await expect(
      page.getByRole("listitem").filter({ hasText: "Treat incognito as tidiness, not privacy" }),
    ).toBeVisible();
  });

  test("Enterprise with every optional feature off: audit logs, but no Compliance keys", async ({ page }) => {
    await choose(page, account, "Enterprise plan");
    await tick(page, surfaces, "Claude apps");
    await tick(page, behaviours, "Renaming chats", "Deleting chats");
    // Only the settings that can change this report are asked: nothing about Claude Code or the API.
    for (const setting of [
      "Compliance API",
      "Custom retention period",
      "Customer-managed encryption keys",
      "Inference hooks",
    ]) {
      await choose(page, setting, "No");
    }
    await expect(page.getByRole("group", { name: "Zero data retention" })).toHaveCount(0);
    await expect(page.getByRole("group", { name: "Access Transparency" })).toHaveCount(0);
    // With the Compliance API off, whether a key was handed out no longer matters.
    await expect(page.getByRole("group", { name: "Compliance key given to tools or people" })).toHaveCount(0);
    await expectVerdict(page, "Yes", "Owners", "Sign-in and device details");
    await expectVerdict(page, "No", "Admins", "Sign-in and device details");
    await expectVerdict(page, "Yes", "Owners", "Renamed titles");
    await expectVerdict(page, "Yes", "Primary Owner", "Chat content");
    await expectVerdict(page, "No", "Compliance key holders", "Chat content");
  });

  test("Enterprise with the Compliance API on: deleted chats stay readable", async ({ page }) => {
    await choose(page, account, "Enterprise plan");
    await tick(page, surfaces, "Claude apps");
    await tick(page, behaviours, "Deleting chats");
    await choose(page, "Compliance API", "Yes");
    await choose(page, "Compliance key given to tools or people", "Yes");
    await expectVerdict(page, "Yes", "Primary Owner", "Deleted chats");
    await expectVerdict(page, "Yes", "Compliance key holders", "Deleted chats");
    await expectVerdict(page, "Yes", "Compliance key holders", "Chat content");
    await expect(
      page.getByText("Deleting a chat removes it from your history and from exports started afterwards."),
    ).toBeVisible();
  });

  test("Claude Code signed in with Enterprise: transcripts reach the Compliance API, not under ZDR", async ({
    page,
  }) => {
    await choose(page, account, "Enterprise plan");
    await tick(page, surfaces, "Claude Code, signed in with your work account");
    await choose(page, "Compliance API", "Yes");
    await choose(page, "Zero data retention", "No");
    // Customer-managed encryption keys withhold session content, and Inference hooks reach Admins' server.
    await choose(page, "Customer-managed encryption keys", "No");
    await choose(page, "Inference hooks", "No");
    await expectVerdict(page, "Yes", "Primary Owner", "Claude Code transcripts");
    await expectVerdict(page, "No", "Admins", "Claude Code transcripts");
    await expectVerdict(page, "Yes", "Admins", "Claude Code productivity metrics");
    await choose(page, "Zero data retention", "Yes");
    await expectVerdict(page, "Yes", "Admins", "Claude Code productivity metrics");
    await expectVerdict(page, "No", "Primary Owner", "Claude Code transcripts");
  });

  test("Claude Code with a Console API key: metrics for admins, no transcripts", async ({ page }) => {
    await choose(page, account, "Claude Console (API) organization");
    await tick(page, surfaces, "Claude Code with an API key");
    await expectVerdict(page, "Yes", "Admins", "Claude Code productivity metrics");
    await expectVerdict(page, "No", "Admins", "Claude Code transcripts");
    await expectVerdict(page, "Possible", "Anthropic staff", "Claude Code transcripts");
  });

  test("the Claude API with Access Transparency: staff views are logged", async ({ page }) => {
    await choose(page, account, "Claude Console (API) organization");
    await tick(page, surfaces, "The Claude API");
    await choose(page, "Access Transparency", "Yes");
    await expectVerdict(page, "Yes", "You", "API prompts and outputs");
    await expectVerdict(page, "Possible", "Anthropic staff", "API prompts and outputs");
    await page.getByRole("link", { name: "Possible: Anthropic staff, API prompts and outputs" }).click();
    await expect(page.getByText(/When Access Transparency is on, each view/).first()).toBeVisible();
  });

  test("a partner cloud: Anthropic's tools do not reach it, the cloud's logs might", async ({ page }) => {
    await choose(page, account, "A partner cloud");
    await choose(page, "Which cloud provider serves Claude to you?", "Amazon Bedrock");
    await tick(page, surfaces, "The Claude API");
    await expectVerdict(page, "Possible", "Admins", "API prompts and outputs");
    await expectVerdict(page, "No", "Compliance key holders", "API prompts and outputs");
  });

  test("telemetry on: the collector gets Claude Code telemetry", async ({ page }) => {
    await choose(page, account, "Enterprise plan");
    await tick(page, surfaces, "Claude Code, signed in with your work account");
    await choose(page, "Claude Code telemetry", "Yes");
    await expectVerdict(page, "Yes", "Telemetry collector", "Telemetry");
    await choose(page, "Claude Code telemetry", "No");
    await expectVerdict(page, "Yes", "You", "Claude Code transcripts");
    await expectVerdict(page, "No", "Telemetry collector", "Telemetry");
  });
});

test.describe("the report", () => {
  test("opens a verdict to its reason and claims, each leading to its quotes, page and date once", async ({ page }) => {
    await choose(page, account, "Team plan");
    await tick(page, surfaces, "Claude apps");
    await tick(page, behaviours, "None of these");
    const withAnswers = page.url();
    await page.getByRole("link", { name: "Yes: Primary Owner, Chat content" }).click();
    const details = page.locator("details[open]");
    await expect(details).toHaveCount(1);
    await expect(details.getByText(/Your Primary Owner can export/)).toBeVisible();
    // The reason names the claims it rests on; their quotes are in the report's sources, once each.
    const claim = details.getByRole("link", { name: / \(source \d+\)$/ }).first();
    await expect(claim).toBeVisible();
    await expect(details.locator("blockquote")).toHaveCount(0);
    const [, statement, number] = /^(.*) \(source (\d+)\)$/.exec((await claim.textContent()) ?? "")!;
    await claim.click();
    const sources = page.getByRole("region", { name: "Sources for this report" });
    const entry = sources.getByRole("listitem").nth(Number(number) - 1);
    await expect(entry).toBeFocused();
    await expect(entry).toBeInViewport();
    await expect(entry).toContainText(statement!);
    await expect(entry.locator("blockquote").first()).toBeVisible();
    await expect(entry.getByText(/Last reviewed \d+ \w+ 20\d\d/)).toBeVisible();
    await expect(entry.getByRole("link", { name: "About this claim" })).toHaveAttribute(
      "href",
      /\/sources\/[a-z-]+\/#claim-/,
    );
    // Following a claim keeps the answers in the address, as the verdict links do.
    expect(page.url()).toBe(withAnswers);
  });

  test("lists questions to ask for settings left unknown", async ({ page }) => {
    await choose(page, account, "Enterprise plan");
    await tick(page, surfaces, "Claude apps");
    await tick(page, behaviours, "None of these");
    const questions = page.getByRole("region", { name: "Questions to ask" });
    await expect(questions.getByText(/Has your organization turned on the Compliance API/)).toBeVisible();
    await choose(page, "Compliance API", "No");
    await expect(questions.getByText(/Has your organization given a Compliance API key/)).toHaveCount(0);
    await expect(questions.getByText(/Has your organization turned on the Compliance API/)).toHaveCount(0);
  });

  test("has no axe violations with the report shown and a reason open", async ({ page }) => {
    // Three full axe runs over a long report: allow for a busy machine (a limit, not a measurement).
    test.setTimeout(120_000);
    await choose(page, account, "Enterprise plan");
    await tick(page, surfaces, "Claude apps", "Claude Code, signed in with your work account");
    await tick(page, behaviours, "None of these");
    // Exports depend on customer-managed encryption keys; answering "No" leaves the Primary Owner's "yes".
    await choose(page, "Customer-managed encryption keys", "No");
    await expectVerdict(page, "Yes", "Primary Owner", "Chat content");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Yes: Primary Owner, Chat content" }).click();
    await expect(page.locator("details[open]")).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe("answers in the address", () => {
  test("a shared link reopens the same report", async ({ page, browser }) => {
    await choose(page, account, "Enterprise plan");
    await tick(page, surfaces, "Claude apps");
    await tick(page, behaviours, "None of these");
    await choose(page, "Compliance API", "Yes");
    await expect(page).toHaveURL(/#account=enterprise&surfaces=claude-apps&behaviours=none&compliance-api=yes$/);
    const link = page.url();
    const other = await browser.newPage();
    await other.goto(link);
    await expect(
      other.getByRole("group", { name: "Compliance API" }).getByRole("radio", { name: "Yes" }),
    ).toBeChecked();
    await expectVerdict(other, "Yes", "Primary Owner", "Chat content");
    await other.close();
  });

  test("back and forward step through earlier answers", async ({ page }) => {
    await choose(page, account, "Team plan");
    await tick(page, surfaces, "None of these");
    await expectVerdict(page, "Yes", "Owners", "Usage and spend");
    await choose(page, account, "Personal Free, Pro or Max plan");
    await expectVerdict(page, "No", "Owners", "Usage and spend");
    await page.goBack();
    await expect(page.getByRole("radio", { name: "Team plan" })).toBeChecked();
    await expectVerdict(page, "Yes", "Owners", "Usage and spend");
    await page.goForward();
    await expect(page.getByRole("radio", { name: "Personal Free, Pro or Max plan" })).toBeChecked();
  });

  test("after visiting another page of the site, Back returns to the check with its answers", async ({ page }) => {
    await choose(page, account, "Team plan");
    await tick(page, surfaces, "None of these");
    await expectVerdict(page, "Yes", "Owners", "Usage and spend");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("radio", { name: "Team plan" })).toBeChecked();
    await expectVerdict(page, "Yes", "Owners", "Usage and spend");
  });

  test("a malformed link keeps what it can and says what it ignored", async ({ page }) => {
    await page.goto("/check/#account=team&surfaces=claude-apps,telepathy&behaviours=none&zdr=perhaps&colour=blue");
    const notice = page.getByRole("status").filter({ hasText: "Part of this link could not be used" });
    await expect(notice).toBeVisible();
    await expect(
      notice.getByText("Ignored surfaces=\u201ctelepathy\u201d: not one of the surfaces this check knows."),
    ).toBeVisible();
    await expect(notice.getByText("Ignored \u201ccolour\u201d: not a question this check asks.")).toBeVisible();
    await expect(page.getByRole("radio", { name: "Team plan" })).toBeChecked();
    await expectVerdict(page, "Yes", "Primary Owner", "Chat content");
  });

  test("a link with nothing usable still gives a working form", async ({ page }) => {
    await page.goto("/check/#%%%&account=<script>");
    await expect(page.getByText("Part of this link could not be used")).toBeVisible();
    await choose(page, account, "Team plan");
    await tick(page, surfaces, "Claude apps");
    await tick(page, behaviours, "None of these");
    await expectVerdict(page, "Yes", "Primary Owner", "Chat content");
  });
});

test("in-page links keep the answers in the address", async ({ page }) => {
  await choose(page, account, "Team plan");
  await tick(page, surfaces, "Claude apps");
  await tick(page, behaviours, "None of these");
  const withAnswers = page.url();
  await page.getByRole("link", { name: "Yes: Primary Owner, Chat content" }).click();
  await expect(page.locator("details[open]")).toHaveCount(1);
  expect(page.url()).toBe(withAnswers);
  // The skip link changes the fragment to "#main"; the answers and the report stay.
  await page.getByRole("link", { name: "Skip to main content" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expect(page.getByRole("radio", { name: "Team plan" })).toBeChecked();
  await expectVerdict(page, "Yes", "Primary Owner", "Chat content");
});

test("the check can be completed with the keyboard alone", async ({ page }) => {
  await page.getByRole("radio", { name: "Personal Free, Pro or Max plan" }).focus();
  // Arrow keys move through a radio group and select as they go.
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Team plan" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("checkbox", { name: /Claude apps/ })).toBeFocused();
  await page.keyboard.press("Space");
  // Tab on to "None of these" under what you do in the Claude apps, and tick it.
  const none = page.getByRole("group", { name: behaviours }).getByRole("checkbox", { name: "None of these" });
  await expect(none).toBeVisible();
  for (let step = 0; step < 20 && !(await none.evaluate((element) => element === document.activeElement)); step++) {
    await page.keyboard.press("Tab");
  }
  await expect(none).toBeFocused();
  await page.keyboard.press("Space");
  await expectVerdict(page, "Yes", "Primary Owner", "Chat content");
  await page.getByRole("link", { name: "Yes: Primary Owner, Chat content" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("details[open]")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Copy link to this report" })).toBeVisible();
});

test("answers are never stored or sent", async ({ page, context, baseURL }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await choose(page, account, "Enterprise plan");
  await tick(page, surfaces, "Claude apps");
  await tick(page, behaviours, "None of these");
  await choose(page, "Compliance API", "Yes");
  await expectVerdict(page, "Yes", "Primary Owner", "Chat content");
  expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
  // Links to ready-made reports may be prefetched; what must never leave is the answers themselves.
  const answers = new URL(page.url()).hash.slice(1);
  expect(answers).toContain("compliance-api=yes");
  expect(requests.some((url) => url.includes(answers) || url.includes("compliance-api="))).toBe(false);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test("times each answer change for the benchmark, not the report a link opens with", async ({ page }) => {
  const timings = () =>
    page.evaluate(() => ["check:update", "check:report"].map((name) => performance.getEntriesByName(name).length));
  await page.goto("/check/#account=team&surfaces=claude-apps&behaviours=none");
  await expectVerdict(page, "Yes", "Primary Owner", "Chat content");
  expect(await timings()).toEqual([0, 0]);
  await tick(page, behaviours, "Incognito chats");
  await expectVerdict(page, "Possible", "Owners", "Chat content");
  await expect.poll(timings).toEqual([1, 1]);
  await tick(page, behaviours, "Renaming chats");
  await expect(page).toHaveURL(/rename-chat/);
  await expect.poll(timings).toEqual([2, 2]);
});

test("the full report is drawn on paper, though the screen skips it while it is out of view", async ({ page }) => {
  await page.goto("/check/#account=team&surfaces=claude-apps&behaviours=none");
  await expectVerdict(page, "Yes", "Primary Owner", "Chat content");
  const report = page.getByRole("region", { name: "Your report" });
  const drawn = () => report.evaluate((element) => getComputedStyle(element).contentVisibility);
  expect(await drawn()).toBe("auto");
  await page.emulateMedia({ media: "print" });
  expect(await drawn()).toBe("visible");
});

test("a focused row at the edge of the full report keeps its whole focus ring", async ({ page }) => {
  await page.goto("/check/#account=team&surfaces=claude-apps&behaviours=none");
  await expectVerdict(page, "Yes", "Primary Owner", "Chat content");
  const report = page.getByRole("region", { name: "Your report" });
  // A verdict's row fills the report's width.
  const row = report.locator(".report-cell > summary").first();
  await row.focus();
  // The report clips what is painted outside its box (it may be skipped while off screen), so it must
  // leave at least the ring's reach around the rows that fill its width.
  const { room, reach, gap } = await row.evaluate((node) => {
    const style = getComputedStyle(node);
    const box = node.closest(".live-report")!;
    return {
      room: parseFloat(getComputedStyle(box).overflowClipMargin),
      reach: parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset),
      gap: node.getBoundingClientRect().left - box.getBoundingClientRect().left,
    };
  });
  expect(reach).toBeGreaterThan(0);
  expect(gap).toBeLessThan(reach);
  expect(room + gap).toBeGreaterThanOrEqual(reach);
});

test("an answer leaves the other questions' boxes as they were", async ({ page }) => {
  await page.goto("/check/#account=team&surfaces=claude-apps&behaviours=none");
  await expectVerdict(page, "Yes", "Primary Owner", "Chat content");
  // Every change React makes to the page's inputs from here on, by the question it belongs to.
  await page.evaluate(() => {
    const written: string[] = [];
    Object.assign(window, { written });
    new MutationObserver((records) => {
      for (const { target } of records)
        if (target instanceof HTMLInputElement)
          written.push(target.closest("fieldset")?.querySelector("legend")?.textContent ?? "");
    }).observe(document.querySelector("form")!, { subtree: true, attributes: true });
  });
  await tick(page, behaviours, "Incognito chats");
  await expectVerdict(page, "Possible", "Owners", "Chat content");
  const written = await page.evaluate(() => (window as unknown as { written: string[] }).written);
  expect(written.filter((legend) => legend !== behaviours)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("offers the ready-made reports, which show their verdicts", async ({ page }) => {
    await page.goto("/check/");
    await expect(page.getByText(/JavaScript may be turned off in your browser/)).toBeVisible();
    const presets = page.getByRole("region", { name: "Ready-made reports" });
    for (const title of [
      "A personal Free, Pro or Max plan",
      "A Team plan",
      "Enterprise with default settings",
      "Enterprise with the Compliance API on",
      "Claude Code signed in with an Enterprise account",
      "Claude Code with an API key",
      "The Claude API with Access Transparency",
    ]) {
      await expect(presets.getByRole("link", { name: title })).toBeVisible();
    }
    await presets.getByRole("link", { name: "Enterprise with the Compliance API on" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Enterprise with the Compliance API on" })).toBeVisible();
    await expectVerdict(page, "Yes", "Primary Owner", "Deleted chats");
    await expectVerdict(page, "Possible", "Compliance key holders", "Chat content");
  });
});
