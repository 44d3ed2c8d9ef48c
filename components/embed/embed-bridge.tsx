"use client";

import { useEffect } from "react";
import { EMBED_CONTENT_ID, EMBED_HEIGHT_MESSAGE, leavesThisPage } from "@/lib/embed/messages";

/**
 * What makes a page a good iframe citizen: it tells the parent page its height whenever it changes,
 * so the iframe can fit it without a scroll bar, and links that lead elsewhere open in a new tab
 * instead of inside the frame. Renders nothing.
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

  useEffect(() => {
    // In the capture phase, before the browser follows the link: the target set here is the one it uses.
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || !leavesThisPage(link.href, window.location.href)) return;
      link.target = "_blank";
      link.rel = "noopener";
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, []);

  return null;
}
