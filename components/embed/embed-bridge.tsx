"use client";

import { useEffect } from "react";
import { EMBED_CONTENT_ID, EMBED_HEIGHT_MESSAGE } from "@/lib/embed/messages";

/**
 * What makes a page a good iframe citizen: it tells the parent page its height whenever it changes,
 * so the iframe can fit it without a scroll bar. Renders nothing. (Links that lead elsewhere open in a
 * new tab through the layout's inline script, lib/embed/new-tab-script.ts, which works before hydration.)
 */
export function EmbedBridge() {
  useEffect(() => {
    const content = document.getElementById(EMBED_CONTENT_ID);
    if (window.parent === window || !content) return;
    let last = 0;
    const report = () => {
      const height = Math.ceil(content.getBoundingClientRect().bottom + window.scrollY);
      if (height === last) return;
      last = height;
      // Only a number and the page's path leave the frame: never the fragment, which holds answers.
      // "*" because any page listed in frame-ancestors may host the frame; the browser enforces that list.
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height, path: window.location.pathname }, "*");
    };
    const observer = new ResizeObserver(report);
    observer.observe(content);
    report();
    return () => observer.disconnect();
  }, []);

  return null;
}
