import { expect, test, type Page } from "@playwright/test";
import { auditEvents } from "../content/catalogue/audit-events";
import { choose } from "./support/check";

const explainers = [
  { path: "/layers/usage-analytics/", title: "Usage analytics" },
  { path: "/layers/audit-logs/", title: "Audit logs" },
  { path: "/layers/exports-and-compliance-api/", title: "Data exports and the Compliance API" },
  { path: "/layers/incognito/", title: "Incognito chats" },
  { path: "/layers/claude-code/", title: "Claude Code" },
  { path: "/layers/anthropic-access/", title: "Anthropic's own access" },
];

/** The interactive parts keep their controls disabled until React runs; wait for that state. */
async function waitForInteractive(page: Page) {
  await expect(
    page.getByRole("radio").or(page.getByRole("searchbox")).or(page.getByRole("spinbutton")).first(),
  ).toBeEnabled();
}

for (const { path, title } of explainers) {
  test(`${title}: heading, boxes, citations, last verified and links onward`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(/^Last verified /)).toBeVisible();
    await expect(page.getByRole("heading", { name: "In short" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "What this means for you" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "A common misconception" })).toBeVisible();
    const citations = page.getByRole("main").getByRole("link", { name: /^Source: / });
    expect(await citations.count()).toBeGreaterThan(3);
    await expect(citations.first()).toHaveAttribute("href", /\/sources\/[a-z-]+\/#claim-/);
    await expect(page.getByRole("heading", { name: "Sources for this page" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Check what your employer can see of your own use/ })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Related layers" }).getByRole("link")).not.toHaveCount(0);
  });
}

test.describe("audit-log explorer", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/layers/audit-logs/");
    await expect(page.getByRole("searchbox", { name: "Search events" })).toBeEnabled();
  });

  const list = (page: Page) => page.getByRole("list", { name: "Audit-log events" });
  const names = (page: Page) => list(page).getByRole("heading", { level: 3 }).allInnerTexts();

  test("lists every documented event", async ({ page }) => {
    await expect(list(page).getByRole("listitem")).toHaveCount(auditEvents.length);
    expect((await names(page)).sort()).toEqual(auditEvents.map((event) => event.id).sort());
    await expect(page.getByRole("status")).toHaveText(`Showing ${auditEvents.length} of ${auditEvents.length} events.`);
  });

  test("search narrows the list to matching events", async ({ page }) => {
    await page.getByRole("searchbox", { name: "Search events" }).fill("renamed");
    await expect(list(page).getByRole("listitem")).toHaveCount(2);
    expect((await names(page)).sort()).toEqual(["conversation_renamed", "project_renamed"]);
  });

  test("the category filter keeps one category", async ({ page }) => {
    await page.getByRole("combobox", { name: "Category" }).selectOption({ label: "Data exports" });
    const expected = auditEvents.filter((event) => event.category === "exports").map((event) => event.id);
    await expect(list(page).getByRole("listitem")).toHaveCount(expected.length);
    expect((await names(page)).sort()).toEqual(expected.sort());
  });

  test('"records text you typed" keeps the renamed-title event', async ({ page }) => {
    await expect(list(page).getByRole("heading", { name: "user_signed_out" })).toBeVisible();
    await page.getByRole("checkbox", { name: "Only events that record text you typed" }).check();
    const expected = auditEvents.filter((event) => event.recordsTypedText).map((event) => event.id);
    await expect(list(page).getByRole("listitem")).toHaveCount(expected.length);
    expect(expected).toContain("conversation_renamed");
    await expect(list(page).getByRole("heading", { name: "user_signed_out" })).toBeHidden();
  });

  test("shows the nine columns of a row", async ({ page }) => {
    const anatomy = page.getByRole("figure", { name: /Anatomy of one audit-log row/ });
    await expect(anatomy.getByRole("listitem")).toHaveCount(9);
  });
});

test("the deletion timeline changes with the moment chosen", async ({ page }) => {
  await page.goto("/layers/exports-and-compliance-api/");
  await waitForInteractive(page);
  await expect(page.getByText("Still returns the chat, marked as deleted with a deleted_at time.")).toBeVisible();
  await choose(page, /Deletion timeline/, "Before you delete the chat");
  await expect(page.getByText("Includes the chat.")).toBeVisible();
  await expect(page.getByText("Still returns the chat, marked as deleted with a deleted_at time.")).toBeHidden();
});

test("the incognito timeline follows the retention period the reader sets", async ({ page }) => {
  await page.goto("/layers/incognito/");
  const days = page.getByRole("spinbutton", { name: /custom retention period, in days/ });
  await expect(days).toBeEnabled();
  await expect(page.getByText(/With a 365-day period/)).toBeVisible();
  await days.fill("90");
  await expect(page.getByText(/With a 90-day period/)).toBeVisible();
  await expect(page.getByText(/With a 365-day period/)).toBeHidden();
  await days.fill("10");
  await expect(page.getByText("A custom retention period is at least 30 days.")).toBeVisible();
});

test("Claude Code: the steps and the sign-in switch change what is shown", async ({ page }) => {
  await page.goto("/layers/claude-code/");
  await waitForInteractive(page);
  await expect(page.getByText(/The text of the file it read/)).toBeVisible();
  await choose(page, "Step through a session", "1. You type a prompt");
  await expect(page.getByText("Your prompt, word for word, sent to Anthropic.")).toBeVisible();
  await expect(page.getByText(/The text of the file it read/)).toBeHidden();

  await expect(page.getByText(/whoever holds a Compliance key can retrieve whole sessions/)).toBeVisible();
  await choose(page, "How do you sign in to Claude Code?", "Console API key");
  await expect(page.getByText(/per-person daily figures/)).toBeVisible();
  await expect(page.getByText(/whoever holds a Compliance key can retrieve whole sessions/)).toBeHidden();
});

test("usage analytics: the example row changes with the role", async ({ page }) => {
  await page.goto("/layers/usage-analytics/");
  await waitForInteractive(page);
  await expect(page.getByText("Example data, made up for illustration", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "1.2 million tokens; $4.10" })).toBeVisible();
  await choose(page, "Who is looking?", "Admin");
  await expect(page.getByRole("cell", { name: "Not shown to this role" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "1.2 million tokens; $4.10" })).toBeHidden();
});

test("Anthropic's access: the delay follows the day of the access", async ({ page }) => {
  await page.goto("/layers/anthropic-access/");
  await waitForInteractive(page);
  await expect(page.getByRole("figure", { name: /Anatomy of an anthropic_access event/ })).toBeVisible();
  await expect(page.getByText("By the next Monday")).toBeVisible();
  await choose(page, "Day of the access", "Monday");
  await expect(page.getByText("By Wednesday")).toBeVisible();
  await expect(page.getByText("By the next Monday")).toBeHidden();
});

test("a glossary term opens a dialog that traps focus, closes with Escape and returns focus", async ({ page }) => {
  await page.goto("/layers/audit-logs/");
  await expect(page.getByRole("searchbox", { name: "Search events" })).toBeEnabled();
  const term = page.getByRole("main").getByRole("link", { name: "Primary Owner", exact: true }).first();
  await term.click();
  const dialog = page.getByRole("dialog", { name: "Primary Owner" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Enterprise");
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("Tab");
    await expect(dialog.locator(":focus")).toHaveCount(1);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(term).toBeFocused();
});

test("the home page links each layer card to its explainer", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Read the explainer on Incognito chats" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Incognito chats" })).toBeVisible();
});
