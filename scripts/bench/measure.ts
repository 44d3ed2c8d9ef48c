import type { Edition } from "./editions";
import { runLighthouse } from "./lighthouse";
import type { LighthouseRun } from "./lighthouse-run";

/** One page of one edition, at the address its server answers. */
export type PageToMeasure = { edition: Edition; path: string; url: string };

export const pageKey = (page: { edition: Edition; path: string }) => `${page.edition.id} ${page.path}`;

/**
 * Runs Lighthouse `runs` times on every page, round by round (every page once, then again), each round
 * starting with the empty page. Drift on a busy machine then shows in the empty page's own runs, and it
 * reaches every page alike instead of the pages measured last.
 */
export async function measureLighthouse(
  emptyUrl: string,
  pages: readonly PageToMeasure[],
  runs: number,
  chromePort: number,
): Promise<{ empty: LighthouseRun[]; pages: Map<string, LighthouseRun[]> }> {
  const empty: LighthouseRun[] = [];
  const byPage = new Map(pages.map((page) => [pageKey(page), [] as LighthouseRun[]]));
  const total = runs * (pages.length + 1);
  let done = 0;
  const log = (label: string, run: LighthouseRun) =>
    console.log(
      `[${++done}/${total}] ${label}: performance ${run.scores.performance}, LCP ${run.lcpMs} ms, TBT ${run.tbtMs} ms`,
    );
  for (let round = 1; round <= runs; round++) {
    const emptyRun = await runLighthouse(emptyUrl, chromePort);
    empty.push(emptyRun);
    log(`round ${round}, empty page`, emptyRun);
    for (const page of pages) {
      const run = await runLighthouse(page.url, chromePort);
      byPage.get(pageKey(page))!.push(run);
      log(`round ${round}, ${pageKey(page)}`, run);
    }
  }
  return { empty, pages: byPage };
}
