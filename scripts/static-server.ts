import { lstat } from "node:fs/promises";
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from "node:http";
import { basename, dirname, resolve } from "node:path";
import compression from "compression";
import handler from "serve-handler";
import { NOT_FOUND_FILE } from "../lib/hosting/plan";
import { headersFileReader, HOST_CONFIG_FILES } from "./host-headers";

/** Options for serving the exported site. */
export type StaticServerOptions = {
  /** Folder to serve; the static export in `out/` by default. */
  root?: string;
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  /** Address to bind; loopback only, so nothing outside this machine can reach it. */
  host?: string;
  /** The path the export is served under, e.g. "/privacy/ai"; "" (the default) for the root. */
  basePath?: string;
  /** Send the headers in `<root>/_headers`, as Netlify would; on by default when the file exists. */
  headers?: boolean;
};

/**
 * Serves a static export the way a plain static host would: files as they are, `dir/index.html` for
 * `dir/`, and `404.html` for anything missing, under the base path if there is one, with the headers
 * the build wrote for hosts. Like nginx, Apache and IIS (and unlike Netlify), a missing path gets the
 * 404 page's own headers. Resolves once the server is listening.
 */
export function startStaticServer({
  root = "out",
  port = 3000,
  host = "127.0.0.1",
  basePath = "",
  headers = true,
}: StaticServerOptions = {}): Promise<{
  server: Server;
  url: string;
}> {
  const publicDir = resolve(root);
  const headersFor = headers ? headersFileReader(publicDir) : () => [];
  // Compressed like any production static host, so transfer sizes and Lighthouse scores are realistic.
  const compress = compression();
  const serve = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (basePath && url.pathname === basePath) return redirect(response, `${basePath}/${url.search}`);
    if (basePath && !url.pathname.startsWith(`${basePath}/`)) return outsideBasePath(response, basePath);
    const applied = headersFor(url.pathname);
    for (const [name, value] of applied) response.setHeader(name, value);
    const writeHead = response.writeHead.bind(response) as (
      status: number,
      headers?: OutgoingHttpHeaders,
    ) => ServerResponse;
    response.writeHead = ((status: number, sent?: OutgoingHttpHeaders) => {
      if (status === 404) {
        for (const [name] of applied) response.removeHeader(name);
        for (const [name, value] of headersFor(`${basePath}/${NOT_FOUND_FILE}`)) response.setHeader(name, value);
      }
      // serve-handler redirects within the folder it serves ("/check" to "/check/"); put the base path back.
      const location = sent?.Location;
      if (basePath && typeof location === "string" && location.startsWith("/"))
        sent!.Location = `${basePath}${location}`;
      return writeHead(status, sent);
    }) as typeof response.writeHead;
    request.url = `${url.pathname.slice(basePath.length)}${url.search}`;
    return handler(
      request,
      response,
      { public: publicDir, trailingSlash: true, directoryListing: false },
      // A host never serves its own configuration files; they are answered as missing. serve-handler
      // awaits these methods (see its README); its type definitions describe Node's callback versions.
      {
        lstat: ((path: string) =>
          isHostConfigFile(path, publicDir) ? Promise.reject(notFound(path)) : lstat(path)) as never,
      },
    );
  };
  const server = createServer((request, response) =>
    compress(request as never, response as never, () => {
      // One request going wrong must not stop the server under a running test suite.
      Promise.resolve()
        .then(() => serve(request, response))
        .catch((error: unknown) => serverError(response, error));
    }),
  );
  return new Promise((resolveStart, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const boundPort = typeof address === "object" && address ? address.port : port;
      resolveStart({ server, url: `http://${host === "127.0.0.1" ? "localhost" : host}:${boundPort}` });
    });
  });
}

function isHostConfigFile(path: string, publicDir: string): boolean {
  return dirname(path) === publicDir && HOST_CONFIG_FILES.has(basename(path));
}

function notFound(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${path} is not served`), { code: "ENOENT" });
}

function serverError(response: ServerResponse, error: unknown) {
  console.error(error);
  if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
  response.end();
}

function redirect(response: ServerResponse, location: string) {
  response.writeHead(301, { Location: location });
  response.end();
}

/** A real host serves something else, or nothing, outside the site's base path. */
function outsideBasePath(response: ServerResponse, basePath: string) {
  response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
  response.end(`Not found. This site is served under ${basePath}/\n`);
}
