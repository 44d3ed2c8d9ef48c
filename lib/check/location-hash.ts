/*
 * The URL fragment as a store React can subscribe to. `history.pushState` fires no event of its own,
 * so writes announce themselves to subscribers; back and forward arrive as `popstate`/`hashchange`.
 */
const localEvent = "check-answers-change";

export function subscribeToHash(onChange: () => void): () => void {
  const onPopState = () => {
    // Back or Forward from an answer not yet in the address: the entry it returns to comes first.
    unwritten = [];
    onChange();
  };
  window.addEventListener("popstate", onPopState);
  window.addEventListener("hashchange", onChange);
  window.addEventListener(localEvent, onChange);
  return () => {
    window.removeEventListener("popstate", onPopState);
    window.removeEventListener("hashchange", onChange);
    window.removeEventListener(localEvent, onChange);
  };
}

/** The last fragment that held answers (or none); see `readAnswersHash`. */
let lastAnswersHash = "";

/** Answers the page shows that are not in the address yet, oldest first: see `pushHash`. */
let unwritten: { hash: string; path: string }[] = [];

/**
 * The fragment holding the answers. A fragment without "=" is an ordinary in-page anchor (the skip link's
 * "#main"), not a new set of answers, so following one keeps the answers already on the page.
 */
export function readAnswersHash(): string {
  const newest = unwritten.at(-1);
  if (newest) return newest.hash;
  const hash = window.location.hash;
  if (hash === "" || hash.includes("=")) lastAnswersHash = hash;
  return lastAnswersHash;
}

/**
 * Records new answers as a new history entry, so Back returns to the previous answers. The page shows them
 * at once; the address follows after the next paint, since writing history is slow enough to hold up the
 * answer on a phone. The entry keeps the page's history state: Next.js's router marks its own entries,
 * lets a write that carries its mark pass untouched (as for an in-page link, only the fragment changes),
 * and can still bring this page back after Back from another page. Without it, Next.js would copy the
 * state and render its whole router again on every answer.
 */
export function pushHash(fragment: string): void {
  const hash = fragment ? `#${fragment}` : "";
  if (hash === readAnswersHash()) return;
  unwritten.push({ hash, path: window.location.pathname });
  window.dispatchEvent(new Event(localEvent));
  if (unwritten.length === 1) window.requestAnimationFrame(() => window.setTimeout(writeUnwritten));
}

function writeUnwritten(): void {
  const entries = unwritten;
  unwritten = [];
  for (const { hash, path } of entries) {
    // A link followed in the meantime has left the page: its answers are not written onto another one.
    if (window.location.pathname !== path) return;
    window.history.pushState(window.history.state, "", hash || path);
  }
  readAnswersHash();
}
