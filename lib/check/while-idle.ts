/**
 * Runs `tasks` one by one while the browser is idle, yielding whenever its idle period runs out, and
 * returns a function that stops the rest. Browsers without `requestIdleCallback` get short timeouts.
 */
export function whileIdle(tasks: readonly (() => void)[]): () => void {
  let next = 0;
  let stopped = false;
  const schedule = (run: (timeLeft: () => number) => void) =>
    typeof window.requestIdleCallback === "function"
      ? window.requestIdleCallback((deadline) => run(() => deadline.timeRemaining()))
      : window.setTimeout(() => {
          const end = performance.now() + 5;
          run(() => end - performance.now());
        }, 50);
  const work = (timeLeft: () => number) => {
    while (!stopped && next < tasks.length && timeLeft() > 1) tasks[next++]!();
    if (!stopped && next < tasks.length) schedule(work);
  };
  schedule(work);
  return () => {
    stopped = true;
  };
}
