import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * A value only the browser knows (the address, today's date, whether the page has hydrated), read once
 * the page is running; `onServer` stands in for it in the static HTML. Never changes after that.
 */
export function useBrowserValue<T>(read: () => T, onServer: T): T {
  return useSyncExternalStore(noSubscription, read, () => onServer);
}

/** False in the static HTML and during hydration, true once the page runs in a browser. */
export function useHydrated(): boolean {
  return useBrowserValue(() => true, false);
}
