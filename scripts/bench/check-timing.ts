import { chromium, type Page } from "playwright-core";
import { chromiumArgs, chromiumPath } from "./browser";
import { median } from "./median";

/**
 * How long the check took to show the report for each answer change the person made. The engine keeps
 * some work for answers it has seen, so changes that lead to answers seen before on the page ("again")
 * are reported apart from those that lead to new ones ("first time"), which the target holds to.
 */
export type CheckTiming = {
  durationsMs: number[];
  medianMs: number;
  maxMs: number;
  firstTime: { count: number; medianMs: number; maxMs: number };
  again: { count: number; medianMs: number };
};

const account = "Which Claude account do you use for work?";
const surfaces = "Which of these do you use?";
const behaviours = "Do you do any of these in the Claude apps?";

/** Answer changes after the first report: each one keeps a report on the page, so each is a full update. */
const toggledBehaviours = ["Incognito chats", "Renaming chats", "Uploading files", "Projects"];
const toggledSurfaces = ["Claude Code, signed in with your work account", "Cowork", "Claude in Chrome"];
const changes: { legend: string; option: string; checked: boolean }[] = [
  ...[1, 2].flatMap(() => [
    ...toggledBehaviours.map((option) => ({ legend: behaviours, option, checked: true })),
    ...toggledBehaviours.map((option) => ({ legend: behaviours, option, checked: false })),
  ]),
  ...toggledSurfaces.map((option) => ({ legend: surfaces, option, checked: true })),
  ...toggledSurfaces.map((option) => ({ legend: surfaces, option, checked: false })),
];

/**
 * Opens the check at `url` on a phone-sized page with the CPU slowed 4× (as Lighthouse's mobile runs do),
 * answers as a person would until the report shows, then changes answers one at a time and reads, for each,
 * the "check:update" entry the page writes to its performance timeline (components/check/use-update-timing.ts).
 */
export async function measureCheckTiming(url: string): Promise<CheckTiming> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(url);
    // The organization's edition starts on its plan; checking an option already checked changes nothing.
    await option(page, account, "Enterprise plan", "radio").check();
    await option(page, surfaces, "Claude apps").check();
    await option(page, behaviours, "Deleting chats").check();
    await page.getByRole("heading", { name: "Your report", exact: true }).waitFor();
    // Only the changes below count: entries from the first answers are dropped.
    await page.evaluate(`performance.clearMeasures("check:update")`);
    // The answers live in the address's fragment: each change's new fragment says whether they are new.
    const seen = new Set([await fragment(page)]);
    const firstTime: boolean[] = [];
    for (const [index, change] of changes.entries()) {
      await option(page, change.legend, change.option).setChecked(change.checked);
      await page
        .waitForFunction(`performance.getEntriesByName("check:update").length >= ${index + 1}`, undefined, {
          timeout: 15_000,
        })
        .catch(() => {
          throw new Error(`${url} wrote no "check:update" timing: is the build older than use-update-timing.ts?`);
        });
      const answers = await fragment(page);
      firstTime.push(!seen.has(answers));
      seen.add(answers);
    }
    // Passed as source text: the script runner's compiler would otherwise add helpers the page does not have.
    const durationsMs = (await page.evaluate(
      `performance.getEntriesByName("check:update").map((entry) => entry.duration)`,
    )) as number[];
    const first = durationsMs.filter((_, index) => firstTime[index]);
    const again = durationsMs.filter((_, index) => !firstTime[index]);
    return {
      durationsMs,
      medianMs: median(durationsMs),
      maxMs: Math.max(...durationsMs),
      firstTime: { count: first.length, medianMs: median(first), maxMs: Math.max(...first) },
      again: { count: again.length, medianMs: again.length > 0 ? median(again) : Number.NaN },
    };
  } finally {
    await browser.close();
  }
}

function fragment(page: Page): Promise<string> {
  return page.evaluate("location.hash") as Promise<string>;
}

function option(page: Page, legend: string, name: string, role: "radio" | "checkbox" = "checkbox") {
  return page.getByRole("group", { name: legend }).getByRole(role, { name, exact: true });
}
