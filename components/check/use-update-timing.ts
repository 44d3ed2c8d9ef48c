import { useCallback, useLayoutEffect, useRef } from "react";

const answersChanged = "check:answers-changed";

/**
 * Times how long the check takes to answer a change: from the change handler to the moment the report for
 * the new answers is committed to the page, as the browser performance entry "check:update" (read by
 * `npm run bench`; it stays in the browser like everything else). Call the returned function when the
 * person changes an answer; the report a shared link opens with is not timed.
 */
export function useUpdateTiming(): () => void {
  const changed = useRef(false);
  // Runs after every commit; the first one after a change holds the report for the new answers.
  useLayoutEffect(() => {
    if (!changed.current) return;
    changed.current = false;
    performance.measure("check:update", answersChanged);
    performance.clearMarks(answersChanged);
  });
  return useCallback(() => {
    changed.current = true;
    performance.mark(answersChanged);
  }, []);
}
