import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${port}`;
// The example organization's edition, built into out-org/ and served under its base path.
const orgPort = Number(process.env.E2E_ORG_PORT ?? port + 1);

/**
 * The browser: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium when present, else Playwright's own
 * (installed with `npx playwright install chromium` on machines that can download it).
 */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

const runningAsRoot = typeof process.getuid === "function" && process.getuid() === 0;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            ...(runningAsRoot ? ["--no-sandbox"] : []),
            // Keep the browser itself from calling home, so "no request leaves the page" stays provable.
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: "tsx scripts/serve.ts",
      url: baseURL,
      env: { PORT: String(port), OUT_DIR: "out", BASE_PATH: "" },
      reuseExistingServer: !process.env.CI,
      stdout: "ignore",
    },
    {
      command: "tsx scripts/serve.ts",
      url: `http://localhost:${orgPort}/privacy/ai/`,
      env: { PORT: String(orgPort), OUT_DIR: "out-org", BASE_PATH: "/privacy/ai" },
      reuseExistingServer: !process.env.CI,
      stdout: "ignore",
    },
  ],
});
