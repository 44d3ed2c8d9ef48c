import { createServer, type Server } from "node:http";
import { resolve } from "node:path";
import compression from "compression";
import handler from "serve-handler";

/** Options for serving the exported site. */
export type StaticServerOptions = {
  /** Folder to serve; the static export in `out/` by default. */
  root?: string;
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  /** Address to bind; loopback only, so nothing outside this machine can reach it. */
  host?: string;
};

/**
 * Serves a static export the way a plain static host would: files as they are, `dir/index.html` for
 * `dir/`, and `404.html` for anything missing. Resolves once the server is listening.
 */
export function startStaticServer({
  root = "out",
  port = 3000,
  host = "127.0.0.1",
}: StaticServerOptions = {}): Promise<{
  server: Server;
  url: string;
}> {
  const publicDir = resolve(root);
  // Compressed like any production static host, so transfer sizes and Lighthouse scores are realistic.
  const compress = compression();
  const server = createServer((request, response) =>
    compress(request as never, response as never, () =>
      handler(request, response, { public: publicDir, trailingSlash: true, directoryListing: false }),
    ),
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
