/**
 * Moves a page's framework scripts, and the data they hydrate from, behind its first paint.
 *
 * Next.js puts every chunk of the page in the head as `<script src async>`, and the page's React tree (the
 * RSC payload) at the end of the body as inline scripts, the same text a second time. Served quickly, the
 * chunks run while the style sheet is still loading, before anything is on screen, and the payload more
 * than doubles the bytes to download before the text can show. Here both leave the HTML: a small inline
 * starter at the end of the body waits for the browser's first contentful paint (or, for a page that
 * never paints, such as a background tab, a second after it loads), fetches the payload from the file
 * Next.js writes beside the page for client-side navigation (the very same text: the build checks), hands
 * it to Next.js as the inline scripts would have, and adds the chunks. Hydration then follows the first
 * paint instead of preceding it. The page's content is in the HTML either way, and every link works
 * before the scripts run.
 */

/** The `<script src async>` tags Next.js writes; the noModule polyfills stay, since modern browsers skip them. */
const ASYNC_SCRIPT = /<script src="([^"]+)" async=""><\/script>/g;
/** Low-priority preloads of further chunks; fetched with the others after the paint. */
const SCRIPT_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="([^"]+)"\/>/g;
/** One piece of the RSC payload; `<` is escaped inside it, so it cannot hold "</script>". */
const PAYLOAD_PIECE = /<script>self\.__next_f\.push\((\[1,"[\s\S]*?"\])\)<\/script>/g;

/** What a page's starter loads after the first paint. */
export type Started = {
  /** The framework's chunks. */
  readonly scripts: readonly string[];
  /** The page's payload file, when it left the page. */
  readonly payload: string | null;
  /** The whole style sheet, when the page holds only the rules it needs. */
  readonly sheet: string | null;
};

/** The inline starter: the same text on every page but for its argument, and allowed by its hash in the CSP. */
export function starterScript({ scripts, payload, sheet }: Started): string {
  return [
    "(function(page){var sources=page.scripts,payload=page.payload,started=false;",
    "function add(tag,set){var element=document.createElement(tag);set(element);document.head.appendChild(element)}",
    'function run(){keepFragment();sources.forEach(function(src){add("script",function(script){script.src=src;script.async=true})})}',
    // Next.js reads the address as hydration begins and writes it back once hydrated: an in-page link
    // followed in between would lose its fragment from the address bar. Its first write is watched, once:
    // one that changes nothing but the fragment is undone. The address is read just before the write,
    // since the "hashchange" of the link may still be waiting in the queue.
    "function keepFragment(){var replace=history.replaceState,done=false;",
    "function watched(state,title,url){var before=location.href,result=replace.apply(history,arguments);",
    "if(done)return result;done=true;if(history.replaceState===watched)delete history.replaceState;",
    'var after=location.href;if(after!==before&&after.split("#")[0]===before.split("#")[0])replace.call(history,state,title,before);',
    "return result}",
    "history.replaceState=watched}",
    "function start(){if(started)return;started=true;",
    // The rest of the sheet, for what scripts will show; the <link> React renders, so React adopts it.
    'if(page.sheet)add("link",function(link){link.rel="stylesheet";link.href=page.sheet;link.setAttribute("data-precedence","next")});',
    "if(!payload)return run();",
    // The chunks download while the payload does; they run once it is in place, as Next.js expects.
    'sources.forEach(function(src){add("link",function(link){link.rel="preload";link.as="script";link.href=src})});',
    'fetch(payload).then(function(response){if(!response.ok)throw new Error("payload "+response.status);return response.text()})',
    // Without its payload the page stays as it is: readable, with working links, and not interactive.
    ".then(function(text){(self.__next_f=self.__next_f||[]).push([1,text]);run()},function(){})}",
    // rAF then a task: the frame with the text has been painted before anything is added.
    "function afterPaint(){requestAnimationFrame(function(){setTimeout(start,0)})}",
    "try{new PerformanceObserver(function(list,observer){",
    'if(list.getEntriesByName("first-contentful-paint").length){observer.disconnect();afterPaint()}',
    '}).observe({type:"paint",buffered:true})}catch(error){afterPaint()}',
    'addEventListener("load",function(){setTimeout(start,1000)})',
    `})(${JSON.stringify({ scripts, payload, sheet } satisfies Started)})`,
  ].join("");
}

export class UnexpectedPageShapeError extends Error {}

/**
 * The page with its scripts, and its payload when `payload` (the text of the payload file at `payload.url`)
 * matches the inline pieces, started after the first paint, and the whole style sheet at `sheet` added
 * then too. Throws if the page is not shaped as expected.
 */
export function startScriptsAfterPaint(
  html: string,
  file: string,
  { payload, sheet = null }: { payload?: { url: string; text: string }; sheet?: string | null } = {},
): string {
  const headEnd = html.indexOf("</head>");
  const bodyEnd = html.lastIndexOf("</body>");
  if (headEnd < 0 || bodyEnd < 0) throw new UnexpectedPageShapeError(`${file}: no </head> or </body>`);
  // A page without Next.js's scripts would mean the export changed shape: better to stop than ship it half-done.
  if (!html.slice(0, headEnd).match(ASYNC_SCRIPT))
    throw new UnexpectedPageShapeError(`${file}: no <script src async> in the head`);
  // Async scripts run in whatever order they arrive, so where they stood in the page does not matter. A chunk
  // Next.js both preloads and loads is listed once: added twice, it would run twice.
  const sources = [
    ...new Set([...html.matchAll(ASYNC_SCRIPT), ...html.matchAll(SCRIPT_PRELOAD)].map((match) => match[1]!)),
  ];
  let rest = html.slice(0, bodyEnd).replace(ASYNC_SCRIPT, "").replace(SCRIPT_PRELOAD, "");
  const inlinePayload = [...rest.matchAll(PAYLOAD_PIECE)].map((match) => (JSON.parse(match[1]!) as [1, string])[1]);
  // Only when the file holds exactly what the page holds inline; otherwise the payload stays in the page.
  const moved = payload !== undefined && inlinePayload.length > 0 && inlinePayload.join("") === payload.text;
  if (moved) rest = rest.replace(PAYLOAD_PIECE, "");
  const starter = starterScript({ scripts: sources, payload: moved ? payload.url : null, sheet });
  return `${rest}<script>${starter}</script>${html.slice(bodyEnd)}`;
}

/** What a page's starter loads after the paint; nothing when the page has no starter. */
export function startedBy(html: string): Started {
  const argument = html.match(/<script>\(function\(page\)\{[\s\S]*?\}\)\((\{[^<]*\})\)<\/script>/)?.[1];
  return argument ? (JSON.parse(argument) as Started) : { scripts: [], payload: null, sheet: null };
}
