/** The `type` of the message an embed view posts to its parent page with its height in CSS pixels. */
export const EMBED_HEIGHT_MESSAGE = "what-can-my-employer-see:height";

/** The id of the element holding an embed view's content, whose height is reported. */
export const EMBED_CONTENT_ID = "embed-content";

/** Whether following a link leaves the current page (rather than moving to an anchor on it). */
export function leavesThisPage(href: string, current: string): boolean {
  const target = new URL(href, current);
  const here = new URL(current);
  if (target.protocol === "mailto:" || target.protocol === "tel:") return true;
  return target.origin !== here.origin || target.pathname !== here.pathname || target.search !== here.search;
}
