/**
 * The sub-path the site is built for ("" at the root, "/privacy/ai" in an organization's edition), set by
 * next.config.ts from the profile. next/link adds it by itself; plain `<a>`, `fetch` and file links
 * written by hand need it added with `withBasePath`.
 */
export const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

/** A site path ("/samples/x.csv" or "samples/x.csv") under a base path: the one place the two are joined. */
export function joinBasePath(base: string, path: string): string {
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}

/** A site path ("/samples/x.csv") as the browser must request it. */
export function withBasePath(path: string): string {
  return joinBasePath(basePath, path);
}
