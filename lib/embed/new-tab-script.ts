/**
 * The embed views' inline script: a link that leaves the page opens in a new tab, not inside the frame,
 * where the full site refuses to be shown. It runs as the page is read, so it holds before the page's
 * scripts have loaded too; in the capture phase, before the browser follows the link, so the target set
 * here is the one it uses. The same test as `leavesThisPage` (messages.ts), written out for the browser;
 * the page's CSP allows it by its hash.
 */
export const linksLeaveInNewTab = [
  'document.addEventListener("click",function(event){',
  'var link=event.target&&event.target.closest?event.target.closest("a[href]"):null;if(!link)return;',
  "var target=new URL(link.href,location.href);",
  'var leaves=target.protocol==="mailto:"||target.protocol==="tel:"||target.origin!==location.origin||',
  "target.pathname!==location.pathname||target.search!==location.search;",
  'if(leaves){link.target="_blank";link.rel="noopener"}},true)',
].join("");
