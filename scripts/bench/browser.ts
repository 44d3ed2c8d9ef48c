import { existsSync } from "node:fs";

/** The browser choice of the end-to-end tests (playwright.config.ts): CHROMIUM_PATH, else Debian's Chromium. */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

/** Flags for every browser the benchmark starts: quiet, so nothing but the page competes for the CPU. */
export const chromiumArgs = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
