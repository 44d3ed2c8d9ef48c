import { useCallback, useLayoutEffect, useRef } from "react";

const answersChanged = "check:answers-changed";

/**
 * Times how the check answers a change, as two browser performance entries read by `npm run bench` (they
 * stay in the browser like everything else), both from the change handler:
 * - "check:update", to the first commit after it: the answer, the report at a glance and its counts;
 * - "check:report", to the commit that shows the full report for the new answers (`reportShown`), which
 *   React renders apart and may set aside for a newer answer.
 * Call the returned function when the person changes an answer; the report a shared link opens with is not timed.
 */
export function useUpdateTiming(reportShown: boolean): () => void {
  const waiting = useRef({ update: false, report: false });
  // Runs after every commit.
  useLayoutEffect(() => {
    const { current } = waiting;
    if (current.update) {
      current.update = false;
      performance.measure("check:update", answersChanged);
    }
    if (current.report && reportShown) {
      current.report = false;
      performance.measure("check:report", answersChanged);
      performance.clearMarks(answersChanged);
    }
  });
  return useCallback(() => {
    // A change made before the last one's report was shown times both from the newer change.
    waiting.current = { update: true, report: true };
    performance.mark(answersChanged);
  }, []);
}
