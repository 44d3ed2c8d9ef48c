import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { inlineCode, sha256Source } from "../lib/hosting/inline-code";
import { headersForPath, parseHeadersFile } from "../lib/hosting/netlify-headers";
import { builtPages, missingPagePath, outDir } from "../scripts/built-pages";
import { watchPage } from "./harness/checks";
import { choose, expectVerdict, tick } from "./support/check";

/*
 * The site behind the headers the build writes for hosts (the local server sends those in out/_headers,
 * as Netlify would): what each response carries, and the interactive pages still working under the
 * Content Security Policy. The quality suite separately proves every page loads with no violation.
 */

/** One directive's sources in a policy, e.g. sources(policy, "frame-ancestors") is ["'none'"]. */
function sources(policy: string | undefined, directive: string): string[] | undefined {
  const found = policy
    ?.split(";")
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive);
  return found?.slice(1);
}

async function headersOf(page: Page, path: string) {
  const response = await page.request.get(path, { maxRedirects: 0 });
  return { status: response.status(), headers: response.headers(), body: await response.text() };
}

test.describe("the headers sent", () => {
  test("an ordinary page: a strict policy with its own hashes, no framing, and the other headers", async ({ page }) => {
    const { status, headers, body } = await headersOf(page, "/check/");
    expect(status).toBe(200);
    const policy = headers["content-security-policy"];
    expect(sources(policy, "default-src")).toEqual(["'none'"]);
    expect(sources(policy, "frame-ancestors")).toEqual(["'none'"]);
    expect(sources(policy, "object-src")).toEqual(["'none'"]);
    expect(sources(policy, "base-uri")).toEqual(["'none'"]);
    // The hashes are exactly those of the inline scripts in the HTML served with the policy.
    const hashes = inlineCode(body).scripts.map(sha256Source);
    expect(hashes.length).toBeGreaterThan(0);
    expect(sources(policy, "script-src")).toEqual(["'self'", ...new Set(hashes)]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["permissions-policy"]).toContain("microphone=()");
    expect(headers["permissions-policy"]).toContain("geolocation=()");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["cache-control"]).toBe("no-cache");
  });

  test("a page's index.html has the same rule as its folder's address", async ({ page }) => {
    // The local server, like many hosts, redirects /decode/index.html to /decode/; the rule is for those that do not.
    const rules = parseHeadersFile(readFileSync(join(outDir, "_headers"), "utf8"));
    const served = (await headersOf(page, "/decode/")).headers["content-security-policy"];
    expect(rules.some((rule) => rule.path === "/decode/index.html")).toBe(true);
    expect(headersForPath(rules, "/decode/index.html")).toEqual(headersForPath(rules, "/decode/"));
    expect(served).toBe(headersForPath(rules, "/decode/").find(([name]) => name === "Content-Security-Policy")?.[1]);
  });

  test("the build assets are cached for good, and a worker started from them may connect nowhere", async ({ page }) => {
    const html = (await headersOf(page, "/")).body;
    const script = html.match(/<script src="(\/_next\/static\/[^"]+\.js)"/)![1]!;
    const { headers } = await headersOf(page, script);
    expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(headers["content-security-policy"]).toBe("default-src 'none'; script-src 'self'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
  });

  test("a missing path gets the 404 page with the 404 page's own policy", async ({ page }) => {
    const { status, headers, body } = await headersOf(page, missingPagePath);
    expect(status).toBe(404);
    const hashes = inlineCode(body).scripts.map(sha256Source);
    expect(sources(headers["content-security-policy"], "script-src")).toEqual(["'self'", ...new Set(hashes)]);
  });

  test("the hosts' configuration files are not served", async ({ page }) => {
    for (const file of ["/_headers", "/.htaccess", "/web.config"]) {
      expect((await page.request.get(file)).status(), file).toBe(404);
    }
  });
});

test.describe("the interactive pages under the policy", () => {
  test("the check: answering updates the report, with no violation", async ({ page, baseURL }) => {
    const watch = await watchPage(page, new URL(baseURL!).origin);
    await page.goto("/check/");
    await choose(page, "Which Claude account do you use for work?", "Enterprise plan");
    await tick(page, "Which of these do you use?", "Claude apps");
    await tick(page, "Do you do any of these in the Claude apps?", "None of these");
    await choose(page, "Compliance API", "Yes");
    await expectVerdict(page, "Yes", "Primary Owner", "Chat content");
    await page.getByRole("link", { name: "Yes: Primary Owner, Chat content" }).click();
    await expect(page.locator("details[open]")).toHaveCount(1);
    expect(watch.problems).toEqual([]);
  });

  test("the decoder: an example is fetched and read in the worker, the summary downloads, with no violation", async ({
    page,
    baseURL,
  }) => {
    const watch = await watchPage(page, new URL(baseURL!).origin);
    await page.goto("/decode/", { waitUntil: "networkidle" });
    await page.getByRole("button", { name: "Try an example: Activity Feed (JSON Lines)" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: "Valid rows" })).toHaveText("Valid rows 8");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download summary (JSON)" }).click();
    expect(readFileSync(await (await download).path(), "utf8")).toContain('"validRows": 8');
    await page
      .getByLabel("Choose an audit-log CSV or an Activity Feed JSON or JSON Lines file")
      .setInputFiles(join("public", "samples", "audit-log-example.csv"));
    await expect(page.getByRole("heading", { name: "What audit-log-example.csv records" })).toBeVisible();
    expect(watch.problems).toEqual([]);
  });

  test("the decoder's worker cannot send anything anywhere, not even to the site", async ({ page }) => {
    const started = page.waitForEvent("worker");
    await page.goto("/decode/");
    const worker = await started;
    const attempt = await worker.evaluate(() =>
      fetch("/data/visibility.json").then(
        () => "sent",
        () => "blocked",
      ),
    );
    expect(attempt).toBe("blocked");
  });

  test("search: the index is fetched and results appear, with no violation", async ({ page, baseURL }) => {
    const watch = await watchPage(page, new URL(baseURL!).origin);
    await page.goto("/search/");
    await page.getByLabel("Search the site").fill("audit log");
    await expect(page.getByRole("list", { name: "Search results" }).getByRole("listitem").first()).toBeVisible();
    expect(watch.problems).toEqual([]);
  });

  test("moving between pages by their links raises no violation", async ({ page, baseURL }) => {
    const watch = await watchPage(page, new URL(baseURL!).origin);
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Check", exact: true }).click();
    await expect(page).toHaveURL(/\/check\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    expect(watch.problems).toEqual([]);
  });
});

test.describe("framing", () => {
  /** A page holding one iframe of `src`, at `url` on the site's own origin, answered by the test itself. */
  async function parentOnSite(page: Page, url: string, src: string) {
    await page.route(url, (route) => route.fulfill({ contentType: "text/html", body: parentHtml(src) }));
  }

  const parentHtml = (src: string) => `<!doctype html><title>Parent</title><iframe src="${src}"></iframe>`;

  /** The browser's console message refusing the frame, once the page at `url` has loaded. */
  async function refusal(page: Page, url: string) {
    const refused = page.waitForEvent("console", (message) => /frame-ancestors/.test(message.text()));
    await page.goto(url);
    return (await refused).text();
  }

  test("an ordinary page cannot be framed, not even by the site itself", async ({ page, baseURL }) => {
    await parentOnSite(page, `${baseURL}/__framing-test__/`, "/check/");
    expect(await refusal(page, `${baseURL}/__framing-test__/`)).toContain("frame-ancestors 'none'");
    await expect(page.frameLocator("iframe").getByRole("heading", { level: 1 })).toHaveCount(0);
  });

  const embedPages = builtPages().filter((path) => path.startsWith("/embed/"));

  test("an embed view can be framed by the site itself, and runs there with no violation", async ({
    page,
    baseURL,
  }) => {
    test.skip(embedPages.length === 0, "the export has no embed views");
    const watch = await watchPage(page, new URL(baseURL!).origin);
    await parentOnSite(page, `${baseURL}/__framing-test__/`, embedPages[0]!);
    await page.goto(`${baseURL}/__framing-test__/`, { waitUntil: "networkidle" });
    await expect(page.frameLocator("iframe").getByRole("heading", { level: 1 })).toBeVisible();
    // Cross-Origin-Opener-Policy is sent with embed views too; browsers ignore it inside a frame.
    expect(watch.problems).toEqual([]);
  });

  test("an embed view cannot be framed by an origin the profile does not list", async ({ page, baseURL }) => {
    test.skip(embedPages.length === 0, "the export has no embed views");
    // A real server on another origin of this machine (127.0.0.1, not localhost). A page answered by the
    // test would have no address, and the browser refuses such a page framing a local one before it
    // reads any policy, which would prove nothing about the policy.
    const other = createServer((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/html" });
      response.end(parentHtml(`${baseURL}${embedPages[0]}`));
    });
    await new Promise<void>((listening) => other.listen(0, "127.0.0.1", listening));
    try {
      const { port } = other.address() as AddressInfo;
      expect(await refusal(page, `http://127.0.0.1:${port}/`)).toContain("frame-ancestors 'self'");
    } finally {
      await new Promise<void>((closed) => other.close(() => closed()));
    }
  });
});
