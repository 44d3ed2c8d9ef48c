/**
 * The Content Security Policy of each page, and the other security headers. Everything is denied by
 * default; each directive below allows only what the site was seen to need in a real browser.
 */
import { sha256Source, type InlineCode } from "./inline-code";

/** Pages under this folder are the embed views: other sites may show them in an iframe. */
export const EMBED_FOLDER = "/embed/";

/** True for an embed view, given its route without the base path ("/embed/check/"). */
export function isEmbedRoute(route: string): boolean {
  return route.startsWith(EMBED_FOLDER);
}

/**
 * Who may show a page in a frame: nobody for ordinary pages (clickjacking), and the site itself plus
 * the organization's listed origins for the embed views.
 */
export function frameAncestors(route: string, embedOrigins: readonly string[]): string {
  return isEmbedRoute(route) ? ["'self'", ...embedOrigins].join(" ") : "'none'";
}

/** One CSP directive per entry, in the order they are written. */
type Directives = ReadonlyArray<readonly [name: string, sources: readonly string[]]>;

function serialize(directives: Directives): string {
  return directives.map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}

/** The policy of one HTML page, from the inline code found in it and its frame-ancestors. */
export function pagePolicy(code: Pick<InlineCode, "scripts" | "styles">, ancestors: string): string {
  const hashes = (texts: readonly string[]) => [...new Set(texts.map(sha256Source))];
  return serialize([
    ["default-src", ["'none'"]],
    // Next.js's own chunks from /_next/static/, plus its inline bootstrap and RSC payload scripts by hash.
    ["script-src", ["'self'", ...hashes(code.scripts)]],
    // The one style sheet file, plus any inline <style> (the organization's accent colour) by hash.
    // No 'unsafe-inline': the build refuses pages with style attributes (see inline-code.ts).
    ["style-src", ["'self'", ...hashes(code.styles)]],
    // The favicon and the organization's logo are files on the site; no data: or blob: images are used.
    ["img-src", ["'self'"]],
    ["font-src", ["'self'"]],
    // The search index and the decoder's sample files are fetched from the site itself.
    ["connect-src", ["'self'"]],
    // The decoder's Web Worker is a script file under /_next/static/.
    ["worker-src", ["'self'"]],
    ["manifest-src", ["'self'"]],
    ["base-uri", ["'none'"]],
    ["form-action", ["'self'"]],
    ["object-src", ["'none'"]],
    ["frame-ancestors", [ancestors]],
  ]);
}

/**
 * The policy sent with the script files under /_next/static/. A script included by a page ignores it;
 * it governs only a Web Worker started from the file (the decoder's), which may load its own chunks
 * from the site and nothing else: a file being read can never be sent anywhere from the worker.
 */
export const WORKER_POLICY = serialize([
  ["default-src", ["'none'"]],
  ["script-src", ["'self'"]],
]);

/**
 * Features no page uses; denied so that nothing on the page, or framing it, can ask for them. Only
 * names Chromium knows: it warns about any other ("Unrecognized feature"), and the quality harness
 * reports that warning. The clipboard is left alone: the check's "Copy link" button writes to it.
 */
export const DENIED_FEATURES = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "encrypted-media",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
] as const;

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((feature) => `${feature}=()`).join(", ");
