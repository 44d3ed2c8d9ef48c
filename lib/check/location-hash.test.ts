import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pushHash, readAnswersHash, subscribeToHash } from "./location-hash";

/** Just enough of a browser window: events, the address's fragment and path, and pushState. */
class FakeWindow extends EventTarget {
  location = { hash: "", pathname: "/check/" };
  pushed: string[] = [];
  states: unknown[] = [];
  history = {
    state: { __NA: true, tree: "the page's route" } as unknown,
    pushState: (state: unknown, _title: string, url: string) => {
      this.pushed.push(url);
      this.states.push(state);
      this.location.hash = url.startsWith("#") ? url : "";
    },
  };
}

let fake: FakeWindow;
beforeEach(() => {
  fake = new FakeWindow();
  vi.stubGlobal("window", fake);
});
afterEach(() => {
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
  it("adds a history entry and tells subscribers", () => {
    const onChange = vi.fn();
    const unsubscribe = subscribeToHash(onChange);
    pushHash("account=team");
    expect(fake.pushed).toEqual(["#account=team"]);
    expect(onChange).toHaveBeenCalledTimes(1);
    unsubscribe();
    pushHash("account=enterprise");
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("gives the new entry the page's own history state, so the router can bring the page back", () => {
    const state = fake.history.state;
    pushHash("account=team");
    expect(fake.states).toEqual([state]);
  });

  it("adds nothing when the answers are already in the address", () => {
    fake.location.hash = "#account=team";
    pushHash("account=team");
    fake.location.hash = "";
    pushHash("");
    expect(fake.pushed).toEqual([]);
  });

  it("goes back to the bare path when the answers are cleared", () => {
    fake.location.hash = "#account=team";
    pushHash("");
    expect(fake.pushed).toEqual(["/check/"]);
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
