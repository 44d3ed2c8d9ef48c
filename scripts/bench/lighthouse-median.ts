import type { CategoryId, LighthouseRun } from "./lighthouse-run";
import { categories } from "./lighthouse-run";
import { median } from "./median";

/** A page's Lighthouse figures over several runs: the median of each, and how often each audit lost points. */
export type LighthouseMedians = Omit<LighthouseRun, "lostPoints" | "otherRequests"> & {
  runs: number;
  otherRequests: string[];
  lostPoints: { category: CategoryId; audit: string; runs: number }[];
};

export function medianOfRuns(runs: readonly LighthouseRun[]): LighthouseMedians {
  const of = (pick: (run: LighthouseRun) => number) => median(runs.map(pick));
  const counts = new Map<string, { category: CategoryId; audit: string; runs: number }>();
  for (const run of runs) {
    for (const { category, audit } of run.lostPoints) {
      const key = `${category} ${audit}`;
      const entry = counts.get(key) ?? { category, audit, runs: 0 };
      entry.runs += 1;
      counts.set(key, entry);
    }
  }
  return {
    runs: runs.length,
    scores: Object.fromEntries(categories.map((id) => [id, of((run) => run.scores[id])])) as LighthouseRun["scores"],
    lcpMs: of((run) => run.lcpMs),
    fcpMs: of((run) => run.fcpMs),
    tbtMs: of((run) => run.tbtMs),
    cls: of((run) => run.cls),
    otherTransferBytes: of((run) => run.otherTransferBytes),
    scriptTransferBytes: of((run) => run.scriptTransferBytes),
    otherRequests: [...new Set(runs.flatMap((run) => run.otherRequests))],
    lostPoints: [...counts.values()],
  };
}
