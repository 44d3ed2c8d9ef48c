"use client";

import { useBrowserValue } from "@/components/use-browser-value";
import { withBasePath } from "@/lib/site/base-path";

/** The page's own origin when it came over the web; a page opened from a file has none worth printing. */
function servingOrigin(): string | null {
  const { protocol, origin } = window.location;
  return protocol === "http:" || protocol === "https:" ? origin : null;
}

/**
 * The full address of a page of this site as the browser that shows it knows it: the origin it is served
 * from, the base path, then `path` (a site path without the base path). The static HTML, and a browser
 * without JavaScript, show `fallback`, worked out at build time (`printedAddress`).
 */
export function SiteAddress({ path, fallback }: { path: string; fallback: string }) {
  const origin = useBrowserValue(servingOrigin, null);
  return <>{origin ? `${origin}${withBasePath(path)}` : fallback}</>;
}
