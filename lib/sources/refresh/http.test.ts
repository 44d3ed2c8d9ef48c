import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { fetchPage, userAgent } from "./http";

let server: FixtureServer;
const options = { timeoutMs: 1000, maxBytes: 1000, retryDelayMs: 10 };

beforeAll(async () => {
  server = await startFixtureServer({
    "/flaky": (hit) => (hit === 1 ? { status: 503 } : { status: 200, type: "text/plain", body: "ok" }),
    "/down": { status: 500 },
    "/gone": { status: 410 },
    "/big": { status: 200, type: "text/html", body: "x".repeat(5000) },
    "/latin1": { status: 200, type: "text/plain; charset=iso-8859-1", body: Buffer.from([0x63, 0x61, 0x66, 0xe9]) },
  });
});
afterAll(() => server.close());

describe("fetchPage", () => {
  it("sends the project's User-Agent", async () => {
    await fetchPage(`${server.origin}/flaky`, options);
    expect(server.headers.get("/flaky")?.["user-agent"]).toBe(userAgent);
  });

  it("retries a server error once", async () => {
    server.hits.clear();
    const result = await fetchPage(`${server.origin}/flaky`, options);
    expect(result).toMatchObject({ kind: "ok", body: "ok" });
    expect(server.hits.get("/flaky")).toBe(2);
    server.hits.clear();
    expect(await fetchPage(`${server.origin}/down`, options)).toMatchObject({
      kind: "failed",
      cause: "http",
      reason: "HTTP 500 Internal Server Error",
    });
    expect(server.hits.get("/down")).toBe(2);
  });

  it("never retries a client error", async () => {
    expect(await fetchPage(`${server.origin}/gone`, options)).toMatchObject({
      kind: "failed",
      cause: "http",
      reason: "HTTP 410 Gone",
    });
    expect(server.hits.get("/gone")).toBe(1);
  });

  it("stops reading a body past the size limit", async () => {
    expect(await fetchPage(`${server.origin}/big`, options)).toMatchObject({ kind: "failed", cause: "too-large" });
  });

  it("decodes the charset the server names", async () => {
    expect(await fetchPage(`${server.origin}/latin1`, options)).toMatchObject({ kind: "ok", body: "café" });
  });

  it("reports a network failure after one retry", async () => {
    const closed = await startFixtureServer({});
    await closed.close();
    expect(await fetchPage(`${closed.origin}/x`, options)).toMatchObject({ kind: "failed", cause: "network" });
  });
});
