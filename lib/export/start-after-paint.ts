/**
 * Moves a page's framework scripts behind its first paint.
 *
 * Next.js puts every chunk of the page in the head as `<script src async>`. Served quickly, they run while
 * the style sheet is still loading, before anything is on screen, so a phone shows the text only after its
 * CPU has parsed and run the framework; Lighthouse's simulation counts that script time in the largest
 * paint. Here the tags leave the head and a small inline script at the end of the body adds them once the
 * browser reports its first contentful paint (or, for a page that never paints, such as a background tab,
 * a second after it loads). Hydration then follows the first paint instead of preceding it. The page's
 * content is in the HTML either way, and every link works before the scripts run.
 */

/** The `<script src async>` tags Next.js writes; the noModule polyfills stay, since modern browsers skip them. */
const ASYNC_SCRIPT = /<script src="([^"]+)" async=""><\/script>/g;
/** Low-priority preloads of further chunks; fetched with the others after the paint. */
const SCRIPT_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="([^"]+)"\/>/g;

/** The inline starter: the same text on every page but for the list of scripts, which the CSP allows by hash. */
export function starterScript(sources: readonly string[]): string {
  return [
    "(function(sources){var started=false;",
    "function start(){if(started)return;started=true;sources.forEach(function(src){",
    'var script=document.createElement("script");script.src=src;script.async=true;document.head.appendChild(script)})}',
    // rAF then a task: the frame with the text has been painted before the scripts are added.
    "function afterPaint(){requestAnimationFrame(function(){setTimeout(start,0)})}",
    "try{new PerformanceObserver(function(list,observer){",
    'if(list.getEntriesByName("first-contentful-paint").length){observer.disconnect();afterPaint()}',
    '}).observe({type:"paint",buffered:true})}catch(error){afterPaint()}',
    'addEventListener("load",function(){setTimeout(start,1000)})',
    `})(${JSON.stringify(sources)})`,
  ].join("");
}

export class UnexpectedPageShapeError extends Error {}

/** The page with its scripts started after the first paint; throws if the page is not shaped as expected. */
export function startScriptsAfterPaint(html: string, file: string): string {
  const headEnd = html.indexOf("</head>");
  const bodyEnd = html.lastIndexOf("</body>");
  if (headEnd < 0 || bodyEnd < 0) throw new UnexpectedPageShapeError(`${file}: no </head> or </body>`);
  // Async scripts run in whatever order they arrive, so where they stood in the page does not matter.
  const sources = [...html.matchAll(ASYNC_SCRIPT), ...html.matchAll(SCRIPT_PRELOAD)].map((match) => match[1]!);
  // A page without Next.js's scripts would mean the export changed shape: better to stop than ship it half-done.
  if (!html.slice(0, headEnd).match(ASYNC_SCRIPT))
    throw new UnexpectedPageShapeError(`${file}: no <script src async> in the head`);
  const rest = html.slice(0, bodyEnd).replace(ASYNC_SCRIPT, "").replace(SCRIPT_PRELOAD, "");
  return `${rest}<script>${starterScript(sources)}</script>${html.slice(bodyEnd)}`;
}

/** The scripts a page's starter adds, in the order listed (for measuring what a page loads). */
export function scriptsStartedBy(html: string): string[] {
  const list = html.match(/\}\)\((\[[^\]]*\])\)<\/script>/);
  return list ? (JSON.parse(list[1]!) as string[]) : [];
}
