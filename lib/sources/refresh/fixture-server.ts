/** A local HTTP server for the refresh tests, on 127.0.0.1 and a port the system picks. */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type ServedPage = {
  status: number;
  type?: string;
  body?: string | Buffer;
  location?: string;
  delayMs?: number;
};

export type FixtureServer = {
  origin: string;
  /** Requests per path. */
  hits: Map<string, number>;
  /** Request headers per path, the latest request's. */
  headers: Map<string, IncomingHttpHeaders>;
  close: () => Promise<void>;
};

/** Serves `pages` by path; a function value is asked each time, with the request's number (1, 2, …). */
export async function startFixtureServer(
  pages: Record<string, ServedPage | ((hit: number) => ServedPage)>,
): Promise<FixtureServer> {
  const hits = new Map<string, number>();
  const headers = new Map<string, IncomingHttpHeaders>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    headers.set(path, request.headers);
    const entry = pages[path];
    const page = typeof entry === "function" ? entry(hit) : (entry ?? { status: 404, type: "text/plain", body: "" });
    const send = () => {
      if (response.destroyed) return;
      response.writeHead(page.status, {
        ...(page.type ? { "Content-Type": page.type } : {}),
        ...(page.location ? { Location: page.location } : {}),
      });
      response.end(page.body ?? "");
    };
    if (page.delayMs) setTimeout(send, page.delayMs).unref();
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    headers,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
