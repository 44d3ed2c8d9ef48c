"use client";

import { useEffect } from "react";
import { withBasePath } from "@/lib/site/base-path";
import { sourcesPartPath, type SourcesPartSlug } from "@/lib/site/sources-parts";

/**
 * Claims and sources used to be listed on this page. A link made then (a bookmark, a printed one-pager, the
 * change feed) reads `/sources/#claim-…` or `/sources/#source-…`: this sends it on to the part page that now
 * holds that anchor. `anchorsByPart` holds each part's anchors, space-separated, worked out on the server.
 * Without JavaScript the page says where the claims are.
 */
export function OldAnchorRedirect({ anchorsByPart }: { anchorsByPart: Readonly<Record<SourcesPartSlug, string>> }) {
  useEffect(() => {
    const follow = () => {
      const anchor = readAnchor(window.location.hash);
      if (!anchor || !/^(claim|source)-/.test(anchor) || document.getElementById(anchor)) return;
      const parts = Object.entries(anchorsByPart) as [SourcesPartSlug, string][];
      const home = parts.find(([, anchors]) => anchors.split(" ").includes(anchor));
      if (home) window.location.replace(withBasePath(`${sourcesPartPath(home[0])}#${anchor}`));
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [anchorsByPart]);
  return null;
}

/** The anchor named by a fragment, or undefined for one that is not validly encoded (it then leads nowhere). */
function readAnchor(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return undefined;
  }
}
