import { createServer, type Server } from "node:http";
import { EMBED_HEIGHT_MESSAGE } from "../../lib/embed/messages";

/**
 * A stand-in for an intranet page on another origin that embeds one of the site's embed views, using
 * the snippet the README gives: an iframe, resized to the height the embed reports.
 */
export function intranetPage(embedUrl: string): string {
  const embedOrigin = new URL(embedUrl).origin;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Intranet: using Claude at work</title></head>
<body>
<h1>Using Claude at work</h1>
<iframe id="employer-visibility" title="What can my employer see?" src="${embedUrl}"
  style="width: 100%; height: 600px; border: 0"></iframe>
<script>
  window.addEventListener("message", function (event) {
    if (event.origin !== "${embedOrigin}" || !event.data || event.data.type !== "${EMBED_HEIGHT_MESSAGE}") return;
    document.getElementById("employer-visibility").style.height = event.data.height + "px";
    document.body.dataset.reportedHeight = String(event.data.height);
  });
</script>
</body>
</html>`;
}

/**
 * Serves the page `render` returns for each request's URL, on 127.0.0.1, so that it is reachable as
 * localhost and as 127.0.0.1: two origins from one server.
 */
export function serveIntranet(port: number, render: (url: URL) => string): Promise<Server> {
  const server = createServer((request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(render(new URL(request.url ?? "/", `http://localhost:${port}`)));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
