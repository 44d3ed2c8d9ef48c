import { afterEach, describe, expect, it, vi } from "vitest";
import { whileIdle } from "./while-idle";

/** A window whose idle periods the test hands out, each with the time it says is left. */
function idleWindow() {
  const waiting: ((deadline: { timeRemaining: () => number }) => void)[] = [];
  vi.stubGlobal("window", { requestIdleCallback: (callback: (typeof waiting)[number]) => waiting.push(callback) });
  return {
    /** One idle period in which `budget` tasks fit. */
    idle(budget: number) {
      let left = budget;
      waiting.shift()?.({ timeRemaining: () => (left-- > 0 ? 10 : 0) });
    },
    get pending() {
      return waiting.length;
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("whileIdle", () => {
  it("runs the tasks in order, as many as each idle period has room for", () => {
    const browser = idleWindow();
    const ran: number[] = [];
    whileIdle([1, 2, 3, 4, 5].map((n) => () => ran.push(n)));
    browser.idle(2);
    expect(ran).toEqual([1, 2]);
    browser.idle(10);
    expect(ran).toEqual([1, 2, 3, 4, 5]);
    expect(browser.pending).toBe(0);
  });

  it("runs nothing more once stopped", () => {
    const browser = idleWindow();
    const ran: number[] = [];
    const stop = whileIdle([1, 2, 3].map((n) => () => ran.push(n)));
    browser.idle(1);
    stop();
    browser.idle(10);
    expect(ran).toEqual([1]);
  });
});
