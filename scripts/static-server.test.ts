import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer } from "./static-server";

/*
 * The local server against a tiny export with a `_headers` file, served under a base path as an
 * organization's edition would be.
 */
let root: string;
let server: Server;
let origin: string;

const HEADERS_FILE = `/privacy/ai/*
  X-Content-Type-Options: nosniff

/privacy/ai/page/
  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'

/privacy/ai/404.html
  Content-Security-Policy: default-src 'none'; script-src 'sha256-notfound'
`;

function writeHeadersFile(text: string) {
  writeFileSync(join(root, "_headers"), text);
  // Another modification time, as a rebuild would leave, however fast the test runs.
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(root, "_headers"), later, later);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "static-server-"));
  mkdirSync(join(root, "page"));
  writeFileSync(join(root, "index.html"), "<h1>Home</h1>");
  writeFileSync(join(root, "page", "index.html"), "<h1>Page</h1>");
  writeFileSync(join(root, "404.html"), "<h1>Not found</h1>");
  writeFileSync(join(root, "page", "feed.xml"), '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>');
  writeFileSync(join(root, ".htaccess"), "Header always set X-A 1");
  writeFileSync(join(root, "web.config"), "<configuration />");
  writeHeadersFile(HEADERS_FILE);
  ({ server, url: origin } = await startStaticServer({ root, port: 0, basePath: "/privacy/ai" }));
});
afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${origin}${path}`, { redirect: "manual" });

describe("startStaticServer under a base path", () => {
  it("serves the export's pages under the base path", async () => {
    const response = await get("/privacy/ai/page/");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("<h1>Page</h1>");
  });

  it("answers 404 outside the base path", async () => {
    expect((await get("/page/")).status).toBe(404);
    expect((await get("/privacy/aipage/")).status).toBe(404);
  });

  it("redirects the bare base path, and a folder without its slash, keeping the base path", async () => {
    const bare = await get("/privacy/ai");
    expect(bare.status).toBe(301);
    expect(bare.headers.get("location")).toBe("/privacy/ai/");
    const folder = await get("/privacy/ai/page");
    expect(folder.status).toBe(301);
    expect(folder.headers.get("location")).toBe("/privacy/ai/page/");
  });

  it("serves an XML file, such as the change log's feed, as XML and without a redirect", async () => {
    const response = await get("/privacy/ai/page/feed.xml");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/xml\b/);
    expect(await response.text()).toContain("<feed");
  });

  it("serves the 404 page for a missing path under the base path", async () => {
    const response = await get("/privacy/ai/nothing-here/");
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("<h1>Not found</h1>");
  });
});

describe("startStaticServer with a _headers file", () => {
  it("sends the headers of every rule that matches", async () => {
    const response = await get("/privacy/ai/page/");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("gives a missing path the 404 page's headers instead of its own, as nginx, Apache and IIS can", async () => {
    const response = await get("/privacy/ai/nothing-here/");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; script-src 'sha256-notfound'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("never serves the hosts' configuration files", async () => {
    for (const name of ["_headers", ".htaccess", "web.config"]) {
      const response = await fetch(`${origin}/privacy/ai/${name}`);
      expect(response.status, name).toBe(404);
      expect(await response.text()).toBe("<h1>Not found</h1>");
    }
  });

  it("reads the file again when a build changes it", async () => {
    writeHeadersFile(HEADERS_FILE.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
    const response = await get("/privacy/ai/page/");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'self'");
  });
});

describe("startStaticServer with headers turned off", () => {
  it("sends none of the file's headers", async () => {
    const plain = await startStaticServer({ root, port: 0, basePath: "/privacy/ai", headers: false });
    try {
      const response = await fetch(`${plain.url}/privacy/ai/page/`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-security-policy")).toBeNull();
    } finally {
      await new Promise<void>((done) => plain.server.close(() => done()));
    }
  });
});
