import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pushHash, readAnswersHash, subscribeToHash } from "./location-hash";

/**
 * Just enough of a browser window: events, the address's fragment and path, pushState, and frames and
 * timers that run when the test paints.
 */
class FakeWindow extends EventTarget {
  location = { hash: "", pathname: "/check/" };
  pushed: string[] = [];
  states: unknown[] = [];
  history = {
    state: { __NA: true, tree: "the page's route" } as unknown,
    pushState: (state: unknown, _title: string, url: string) => {
      this.pushed.push(url);
      this.states.push(state);
      if (url.startsWith("#")) this.location.hash = url;
      else [this.location.pathname, this.location.hash] = [url, ""];
    },
  };
  private frames: (() => void)[] = [];
  private timers: (() => void)[] = [];
  requestAnimationFrame = (callback: () => void) => this.frames.push(callback);
  setTimeout = (callback: () => void) => this.timers.push(callback);
  /** Runs the next frame's callbacks, then what they set to run after its paint. */
  paint() {
    for (const queue of [this.frames, this.timers]) for (const callback of queue.splice(0)) callback();
  }
}

let fake: FakeWindow;
beforeEach(() => {
  fake = new FakeWindow();
  vi.stubGlobal("window", fake);
});
afterEach(() => {
  // Answers left unwritten by a test are written to its own window, not the next test's.
  fake.paint();
  vi.unstubAllGlobals();
});

describe("readAnswersHash", () => {
  it("reads a fragment that holds answers, and keeps it when an in-page anchor follows", () => {
    fake.location.hash = "#account=team";
    expect(readAnswersHash()).toBe("#account=team");
    fake.location.hash = "#main";
    expect(readAnswersHash()).toBe("#account=team");
  });

  it("forgets the answers when the fragment is emptied", () => {
    fake.location.hash = "#account=team";
    readAnswersHash();
    fake.location.hash = "";
    expect(readAnswersHash()).toBe("");
  });
});

describe("pushHash", () => {
  it("shows the new answers at once, and tells subscribers", () => {
    const onChange = vi.fn();
    const unsubscribe = subscribeToHash(onChange);
    pushHash("account=team");
    expect(readAnswersHash()).toBe("#account=team");
    expect(onChange).toHaveBeenCalledTimes(1);
    unsubscribe();
    pushHash("account=enterprise");
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("adds the history entry after the next paint, not before", () => {
    pushHash("account=team");
    expect(fake.pushed).toEqual([]);
    fake.paint();
    expect(fake.pushed).toEqual(["#account=team"]);
    expect(readAnswersHash()).toBe("#account=team");
  });

  it("adds one entry for each change made before the paint, in order", () => {
    pushHash("account=team");
    pushHash("account=team&surfaces=claude-apps");
    expect(readAnswersHash()).toBe("#account=team&surfaces=claude-apps");
    fake.paint();
    expect(fake.pushed).toEqual(["#account=team", "#account=team&surfaces=claude-apps"]);
  });

  it("gives the new entry the page's own history state, so the router can bring the page back", () => {
    const state = fake.history.state;
    pushHash("account=team");
    fake.paint();
    expect(fake.states).toEqual([state]);
  });

  it("adds nothing when the answers are already in the address", () => {
    fake.location.hash = "#account=team";
    pushHash("account=team");
    fake.location.hash = "";
    pushHash("");
    fake.paint();
    expect(fake.pushed).toEqual([]);
  });

  it("goes back to the bare path when the answers are cleared", () => {
    fake.location.hash = "#account=team";
    pushHash("");
    fake.paint();
    expect(fake.pushed).toEqual(["/check/"]);
    expect(readAnswersHash()).toBe("");
  });

  it("writes nothing onto another page that a link led to before the paint", () => {
    pushHash("account=team");
    fake.location.pathname = "/glossary/";
    fake.paint();
    expect(fake.pushed).toEqual([]);
  });

  it("drops answers not yet written when Back or Forward comes first", () => {
    const unsubscribe = subscribeToHash(() => {});
    fake.location.hash = "#account=team";
    pushHash("account=enterprise");
    fake.location.hash = "#account=pro";
    fake.dispatchEvent(new Event("popstate"));
    expect(readAnswersHash()).toBe("#account=pro");
    fake.paint();
    expect(fake.pushed).toEqual([]);
    unsubscribe();
  });
});

describe("subscribeToHash", () => {
  it("hears Back and Forward", () => {
    const onChange = vi.fn();
    const unsubscribe = subscribeToHash(onChange);
    fake.dispatchEvent(new Event("popstate"));
    fake.dispatchEvent(new Event("hashchange"));
    expect(onChange).toHaveBeenCalledTimes(2);
    unsubscribe();
  });
});
