import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** WCAG 2.2 A and AA, as axe-core tags them. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Axe violations on the page as it is now, one line each: rule, impact and the first offending nodes. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "unknown"}): ${v.help} at ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(" | ")}`,
  );
}

/** The prefix the init script below gives each Content Security Policy violation it logs. */
const CSP_VIOLATION = "CSP violation:";

/**
 * Runs in every frame before the page's own scripts: logs each Content Security Policy violation as a
 * console error with the directive, what was blocked and where, so that `watchPage` records it. The
 * browser's own console message about the violation is recorded as well; the event also covers
 * violations a browser does not log, and says which directive in a stable form.
 */
function reportCspViolations(prefix: string) {
  document.addEventListener(
    "securitypolicyviolation",
    (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : "";
      const sample = event.sample ? ` ("${event.sample}")` : "";
      console.error(
        `${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || "(nothing named)"}${sample}${where}`,
      );
    },
    { capture: true },
  );
}

/**
 * Starts recording what a page does that it must not: requests to another origin, failed requests to
 * its own, console errors, uncaught exceptions and Content Security Policy violations. Await before
 * navigating; read `problems` after the page has settled.
 */
export async function watchPage(page: Page, siteOrigin: string, options: { expectedStatus?: number } = {}) {
  const problems: string[] = [];
  await page.addInitScript(reportCspViolations, CSP_VIOLATION);
  page.on("request", (request) => {
    const url = request.url();
    // data: and blob: URLs never leave the browser.
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== siteOrigin) problems.push(`request to another origin: ${url}`);
  });
  page.on("console", (message) => {
    const text = message.text();
    // A header the browser could not use in full, e.g. "Error with Permissions-Policy header: Unrecognized feature".
    if (message.type() === "warning" && /Permissions-Policy|Content[- ]Security[- ]Policy/i.test(text)) {
      problems.push(`header warning: ${text}`);
    }
    if (message.type() !== "error") return;
    // The browser logs the 404 page's own status as an error; that status is the point of the page.
    // Failed loads are reported with their URL by the response listener below.
    if (/Failed to load resource/.test(text)) return;
    if (text.startsWith(CSP_VIOLATION)) problems.push(text);
    // Chromium's own words for a violation: "Refused to load ..." or "Executing inline script violates ...".
    else if (/^Refused to |violates the following Content Security Policy/.test(text)) {
      problems.push(`${CSP_VIOLATION} ${text}`);
    } else problems.push(`console error: ${text}`);
  });
  page.on("response", (response) => {
    const url = response.url();
    if (new URL(url).origin !== siteOrigin || response.status() < 400) return;
    if (options.expectedStatus === response.status() && response.request().isNavigationRequest()) return;
    problems.push(`HTTP ${response.status()} for ${url}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return { problems };
}

/** Cookies and browser storage the page left behind; all must be empty. */
export async function storageLeftBehind(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const cookie of await page.context().cookies()) found.push(`cookie: ${cookie.name}`);
  const stored = await page.evaluate(async () => {
    const names: string[] = [];
    for (let i = 0; i < localStorage.length; i++) names.push(`localStorage: ${localStorage.key(i)}`);
    for (let i = 0; i < sessionStorage.length; i++) names.push(`sessionStorage: ${sessionStorage.key(i)}`);
    for (const db of (await indexedDB.databases?.()) ?? []) names.push(`IndexedDB: ${db.name}`);
    if ("caches" in self) for (const key of await caches.keys()) names.push(`Cache Storage: ${key}`);
    const workers = (await navigator.serviceWorker?.getRegistrations()) ?? [];
    if (workers.length > 0) names.push(`service workers: ${workers.length}`);
    return names;
  });
  return [...found, ...stored];
}

/**
 * Links on the page that lead nowhere: same-origin paths with no file in the export, and `#anchors`
 * with no element of that id on the target page. Links to other origins are left to the reader.
 */
export async function brokenLinks(page: Page, root: string, basePath = ""): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const hrefs = await page
    .locator("a[href]")
    .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  const broken: string[] = [];
  for (const href of new Set(hrefs)) {
    const url = new URL(href);
    if (url.origin !== origin) continue;
    // A fragment with "=" carries state (the check's answers), not the id of an element.
    const anchor = url.hash.includes("=") ? "" : decodeURIComponent(url.hash.slice(1));
    // A link within the page itself (the skip link, a table of contents) is checked against the live page.
    if (url.pathname === new URL(page.url()).pathname) {
      if (anchor && !(await page.evaluate((id) => document.getElementById(id) !== null, anchor))) {
        broken.push(`${url.pathname}#${anchor}: no element with that id`);
      }
      continue;
    }
    // Under a base path, every page and asset lives below it; anything else would 404 on the host.
    if (basePath && !url.pathname.startsWith(`${basePath}/`)) {
      broken.push(`${url.pathname}: outside the base path ${basePath}`);
      continue;
    }
    const file = exportedFile(root, decodeURIComponent(url.pathname.slice(basePath.length)));
    if (!file) {
      broken.push(`${url.pathname}: no such page`);
      continue;
    }
    if (anchor && file.endsWith(".html") && !hasElementWithId(readFileSync(file, "utf8"), anchor)) {
      broken.push(`${url.pathname}#${anchor}: no element with that id`);
    }
  }
  return broken;
}

/** The file a static host would serve for a path, or undefined. */
function exportedFile(root: string, pathname: string): string | undefined {
  const candidates = pathname.endsWith("/")
    ? [join(root, pathname, "index.html")]
    : [join(root, pathname), join(root, pathname, "index.html"), join(root, `${pathname}.html`)];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

function hasElementWithId(html: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\\sid=["']?${escaped}["'\\s>]`).test(html);
}

/**
 * What runs past the right edge of the window as the page is shown now: text a phone would cut off or
 * make the reader scroll sideways for. One line per innermost element, with the start of its text.
 * Anything inside a box of its own that scrolls sideways (a wide table in a scroller) is fine.
 */
export async function cutOffAtRightEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edge = window.innerWidth + 1;
    const past = (element: Element) => element.getBoundingClientRect().right > edge;
    const inScroller = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const overflow = getComputedStyle(parent).overflowX;
        if (overflow === "auto" || overflow === "scroll") return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().width > 0 && past(element))
      .filter((element) => ![...element.children].some(past) && !inScroller(element))
      .map((element) => {
        const text = (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 50);
        return `<${element.tagName.toLowerCase()}> ends at ${Math.round(element.getBoundingClientRect().right)} px: "${text}"`;
      });
  });
}
