import { expect, test } from "@playwright/test";
import { choose, expectVerdict, tick } from "./support/check";

const whatIsIt = "What is it?";
const paste = "Or paste the text of a settings file or of /status";
const chooseFiles = "Choose managed-settings.json, a drop-in, remote-settings.json or your settings.json";
const telemetryOn = "Claude Code telemetry is switched on and goes to collector.example.com.";

/** A managed settings file as an IT team might deploy it: an OTLP collector, with prompt text switched on. */
const managedSettings = JSON.stringify(
  {
    env: {
      CLAUDE_CODE_ENABLE_TELEMETRY: "1",
      OTEL_LOGS_EXPORTER: "otlp",
      OTEL_EXPORTER_OTLP_PROTOCOL: "grpc",
      OTEL_EXPORTER_OTLP_ENDPOINT: "https://collector.example.com:4317",
      OTEL_EXPORTER_OTLP_HEADERS: "Authorization=Bearer example-token",
      OTEL_LOG_USER_PROMPTS: "1",
    },
  },
  null,
  2,
);

async function readPasted(page: import("@playwright/test").Page, kind: string, text: string) {
  await page.getByLabel(whatIsIt).selectOption({ label: kind });
  await page.getByLabel(paste).fill(text);
  await page.getByRole("button", { name: "Read pasted text" }).click();
}

test.beforeEach(async ({ page }) => {
  await page.goto("/computer/");
  await expect(page.getByRole("heading", { level: 1, name: "What does this computer send?" })).toBeVisible();
});

test("a pasted managed-settings file answers the check, which reports prompts at the collector", async ({ page }) => {
  await readPasted(page, "managed-settings.json", managedSettings);
  await expect(page.getByText(telemetryOn)).toBeVisible();
  await expect(page.getByText("The words of your prompts are sent with the telemetry.")).toBeVisible();
  await expect(page.getByText("example-token")).toHaveCount(0);

  await page.getByRole("link", { name: "Open the check with these answers" }).click();
  await expect(page).toHaveURL(
    /\/check\/#otel-monitoring=yes&otel-prompts=yes&from-files=otel-monitoring,otel-prompts$/,
  );
  const notice = page.getByRole("status").filter({ hasText: "Answers from your Claude Code files" });
  await expect(notice).toContainText("Claude Code telemetry: yes");
  await expect(notice).toContainText("Claude Code prompt logging: yes");

  await choose(page, "Which Claude account do you use for work?", "Enterprise plan");
  await tick(page, "Which of these do you use?", "Claude Code, signed in with your work account");
  await expect(
    page.getByRole("group", { name: "Claude Code telemetry" }).getByRole("radio", { name: "Yes" }),
  ).toBeChecked();
  await expectVerdict(page, "Yes", "Telemetry collector", "Claude Code transcripts");
  // Answering the rest keeps the answers the files gave, and the notice naming them.
  await expect(notice).toContainText("Claude Code prompt logging: yes");
  await expect(page).toHaveURL(/from-files=otel-monitoring,otel-prompts/);
});

test("the text of /status names the account the check then starts from", async ({ page }) => {
  await readPasted(
    page,
    "the text of /status",
    " Login method: Claude Enterprise Account\n Email: jane.doe@example.com\n Setting sources: User settings, Enterprise managed settings (remote)",
  );
  await expect(
    page.getByText("/status shows Claude Code signed in to an Enterprise plan as j•••@example.com."),
  ).toBeVisible();
  await expect(page.getByText("jane.doe@example.com")).toHaveCount(0);
  await page.getByRole("link", { name: "Open the check with these answers" }).click();
  await expect(
    page
      .getByRole("group", { name: "Which Claude account do you use for work?" })
      .getByRole("radio", { name: "Enterprise plan" }),
  ).toBeChecked();
  await expect(page.getByRole("status").filter({ hasText: "Answers from your Claude Code files" })).toContainText(
    "Account: Enterprise plan",
  );
});

test("bad input gets a clear message and loses nothing already entered", async ({ page }) => {
  await readPasted(page, "managed-settings.json", managedSettings);
  await expect(page.getByText(telemetryOn)).toBeVisible();

  const malformed = '{ "env": { "CLAUDE_CODE_ENABLE_TELEMETRY": "0", } }';
  await readPasted(page, "managed-settings.json", malformed);
  await expect(page.getByRole("alert").filter({ hasText: "not valid JSON" })).toBeVisible();
  await expect(page.getByLabel(paste)).toHaveValue(malformed);
  await expect(page.getByText(telemetryOn)).toBeVisible();

  await page.getByLabel(chooseFiles).setInputFiles({
    name: "managed-settings.json",
    mimeType: "application/json",
    buffer: Buffer.alloc(1024 * 1024 + 1, " "),
  });
  await expect(page.getByRole("alert").filter({ hasText: "did not read this one" })).toBeVisible();
  await expect(page.getByText(telemetryOn)).toBeVisible();

  await readPasted(page, "Work it out from the name and the text", "Dear IT team, which settings do we use?");
  await expect(page.getByRole("alert").filter({ hasText: "does not look like the text of /status" })).toBeVisible();
  await expect(page.getByText(telemetryOn)).toBeVisible();
});
