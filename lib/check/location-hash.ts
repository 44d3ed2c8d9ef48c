/*
 * The URL fragment as a store React can subscribe to. `history.pushState` fires no event of its own,
 * so writes announce themselves to subscribers; back and forward arrive as `popstate`/`hashchange`.
 */
const localEvent = "check-answers-change";

export function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener("hashchange", onChange);
  window.addEventListener(localEvent, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener("hashchange", onChange);
    window.removeEventListener(localEvent, onChange);
  };
}

/** The last fragment that held answers (or none); see `readAnswersHash`. */
let lastAnswersHash = "";

/**
 * The fragment holding the answers. A fragment without "=" is an ordinary in-page anchor (the skip link's
 * "#main"), not a new set of answers, so following one keeps the answers already on the page.
 */
export function readAnswersHash(): string {
  const hash = window.location.hash;
  if (hash === "" || hash.includes("=")) lastAnswersHash = hash;
  return lastAnswersHash;
}

/**
 * Records new answers as a new history entry, so Back returns to the previous answers. The entry keeps the
 * page's history state: Next.js's router marks its own entries, lets a write that carries its mark pass
 * untouched (as for an in-page link, only the fragment changes), and can still bring this page back after
 * Back from another page. Without it, Next.js would copy the state and render its whole router again on
 * every answer.
 */
export function pushHash(fragment: string): void {
  const next = fragment ? `#${fragment}` : window.location.pathname;
  if (next === window.location.hash || (!fragment && window.location.hash === "")) return;
  window.history.pushState(window.history.state, "", next);
  window.dispatchEvent(new Event(localEvent));
}
