import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, chromiumPath } from "./browser";
import { categories, summarizeRun, type LighthouseRun } from "./lighthouse-run";

/** Launches one headless Chromium for all Lighthouse runs, the same browser as the end-to-end tests. */
export async function launchChrome() {
  return chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", "--disable-gpu", "--no-sandbox", ...chromiumArgs],
  });
}

/**
 * Runs Lighthouse's default configuration (mobile, simulated throttling) against one URL. On a busy machine
 * Lighthouse now and then fails to record a page load (NO_NAVSTART and the like); such a run is tried again.
 */
export async function runLighthouse(url: string, port: number, attempts = 3): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...categories],
    });
    const problem = !result ? "Lighthouse returned nothing" : result.lhr.runtimeError?.message;
    if (result && !problem) return summarizeRun(result.lhr);
    if (attempt >= attempts) throw new Error(`Lighthouse could not measure ${url}: ${problem}`);
    console.log(`Lighthouse could not measure ${url} (${problem}); trying again`);
  }
}
