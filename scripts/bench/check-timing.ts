import { chromium, type Page } from "playwright-core";
import { chromiumArgs, chromiumPath } from "./browser";
import { median } from "./median";

/**
 * How long the check took to answer each change the person made: to evaluate the new answers and show
 * them with the report at a glance (`durationsMs`, "check:update"), which the target holds to; to the
 * next paint the browser's Event Timing saw for the click; and to the full report below the questions
 * ("check:report"), which React renders in a pass of its own that gives way to input. The engine keeps
 * some work for answers it has seen, so changes that lead to answers seen before on the page ("again")
 * are reported apart from those that lead to new ones ("first time").
 */
export type CheckTiming = {
  durationsMs: number[];
  medianMs: number;
  maxMs: number;
  firstTime: { count: number; medianMs: number; maxMs: number };
  again: { count: number; medianMs: number };
  /** Click to next paint, per change. Event Timing leaves out anything under 16 ms: such a change counts as 16. */
  nextPaint: { medianMs: number; maxMs: number };
  /** Change handled to the full report committed, per change. */
  fullReport: { medianMs: number; maxMs: number };
};

/** The time left in the browser's next idle period: up to 50 ms when nothing else waits to run. */
const idlePeriodMs = "new Promise((resolve) => requestIdleCallback((deadline) => resolve(deadline.timeRemaining())))";

/** Event Timing reports no interaction faster than this; see `nextPaint`. */
const eventTimingFloorMs = 16;

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

/** One run's figures, one entry per change in `changes` order. */
type RunSamples = { updateMs: number[]; firstTime: boolean[]; fullReportMs: number[]; nextPaintMs: number[] };

/**
 * Runs the answer changes `runs` times, each in a fresh browser, and pools their figures: one run's 22
 * changes on a throttled CPU vary too much for a median to hold still.
 */
export async function measureCheckTiming(url: string, runs: number): Promise<CheckTiming> {
  const samples: RunSamples[] = [];
  for (let run = 0; run < runs; run++) samples.push(await measureRun(url));
  const durationsMs = samples.flatMap((sample) => sample.updateMs);
  const firstTime = samples.flatMap((sample) => sample.firstTime);
  const fullReportMs = samples.flatMap((sample) => sample.fullReportMs);
  const nextPaintMs = samples.flatMap((sample) => sample.nextPaintMs);
  const first = durationsMs.filter((_, index) => firstTime[index]);
  const again = durationsMs.filter((_, index) => !firstTime[index]);
  return {
    durationsMs,
    medianMs: median(durationsMs),
    maxMs: Math.max(...durationsMs),
    firstTime: { count: first.length, medianMs: median(first), maxMs: Math.max(...first) },
    again: { count: again.length, medianMs: again.length > 0 ? median(again) : Number.NaN },
    nextPaint: { medianMs: median(nextPaintMs), maxMs: Math.max(...nextPaintMs) },
    fullReport: { medianMs: median(fullReportMs), maxMs: Math.max(...fullReportMs) },
  };
}

/**
 * Opens the check at `url` on a phone-sized page with the CPU slowed 4× (as Lighthouse's mobile runs do),
 * answers as a person would until the report shows, then changes answers one at a time and reads, for each,
 * the entries the page writes to its performance timeline (components/check/use-update-timing.ts) and the
 * browser's Event Timing for the click.
 */
async function measureRun(url: string): Promise<RunSamples> {
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
    await page.evaluate(`performance.clearMeasures("check:update"); performance.clearMeasures("check:report")`);
    // The slowest event of each interaction, as Event Timing reports it after the paint that follows.
    await page.evaluate(
      `window.__interactions = new Map(); new PerformanceObserver((list) => { for (const entry of list.getEntries()) ` +
        `if (entry.interactionId) __interactions.set(entry.interactionId, Math.max(__interactions.get(entry.interactionId) ?? 0, entry.duration)); })` +
        `.observe({ type: "event", durationThreshold: ${eventTimingFloorMs} })`,
    );
    // The answers live in the address's fragment: each change's new fragment says whether they are new.
    const seen = new Set([await fragment(page)]);
    const firstTime: boolean[] = [];
    for (const [index, change] of changes.entries()) {
      await option(page, change.legend, change.option).setChecked(change.checked);
      // Each change waits for its full report, the "Updated" cue's flash and the work the page does while idle
      // (an idle period of nearly the most a browser grants), so the next starts on a page at rest, as when a
      // person reads the report before changing an answer.
      await waitForEntries(page, "check:report", index + 1, url);
      while (((await page.evaluate("document.getAnimations().length")) as number) > 0) await page.waitForTimeout(50);
      while (((await page.evaluate(idlePeriodMs)) as number) < 45) await page.waitForTimeout(50);
      const answers = await fragment(page);
      firstTime.push(!seen.has(answers));
      seen.add(answers);
    }
    // Event Timing reports an interaction after its next paint, which a page at rest may hold back a while.
    await page.waitForTimeout(500);
    const interactionsMs = (await page.evaluate(`[...__interactions.values()]`)) as number[];
    return {
      updateMs: await durations(page, "check:update"),
      firstTime,
      fullReportMs: await durations(page, "check:report"),
      nextPaintMs: [
        ...interactionsMs,
        ...Array.from({ length: Math.max(0, changes.length - interactionsMs.length) }, () => eventTimingFloorMs),
      ],
    };
  } finally {
    await browser.close();
  }
}

/**
 * Waits until the page has written `count` entries named `name`. Polled from here: the page's Content
 * Security Policy forbids the script evaluation Playwright's own polling would do inside it.
 */
async function waitForEntries(page: Page, name: string, count: number, url: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (((await page.evaluate(`performance.getEntriesByName("${name}").length`)) as number) < count) {
    if (Date.now() > deadline)
      throw new Error(`${url} wrote no "${name}" timing: is the build older than use-update-timing.ts?`);
    await page.waitForTimeout(50);
  }
}

async function durations(page: Page, name: string): Promise<number[]> {
  // Passed as source text: the script runner's compiler would otherwise add helpers the page does not have.
  return (await page.evaluate(`performance.getEntriesByName("${name}").map((entry) => entry.duration)`)) as number[];
}

function fragment(page: Page): Promise<string> {
  return page.evaluate("location.hash") as Promise<string>;
}

function option(page: Page, legend: string, name: string, role: "radio" | "checkbox" = "checkbox") {
  return page.getByRole("group", { name: legend }).getByRole(role, { name, exact: true });
}
