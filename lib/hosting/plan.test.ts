import { describe, expect, it } from "vitest";
import { sha256Source } from "./inline-code";
import { allHeadersOf, BlockedInlineCodeError, hostingPlan, notFoundPage, pathsOfFile, routeOfFile } from "./plan";
import { FIXTURE_PAGES, fixturePlan, valueOf } from "./plan-fixture";
import { WORKER_POLICY } from "./policy";

describe("routeOfFile", () => {
  it("gives a folder's index.html the folder's route, and other files their own", () => {
    expect(routeOfFile("index.html")).toBe("/");
    expect(routeOfFile("check/index.html")).toBe("/check/");
    expect(routeOfFile("check/report/team/index.html")).toBe("/check/report/team/");
    expect(routeOfFile("404.html")).toBe("/404.html");
  });
});

describe("pathsOfFile", () => {
  it("serves a folder's page at the folder and at its index.html, under the base path", () => {
    expect(pathsOfFile("check/index.html", "/privacy/ai")).toEqual([
      "/privacy/ai/check/",
      "/privacy/ai/check/index.html",
    ]);
    expect(pathsOfFile("index.html", "")).toEqual(["/", "/index.html"]);
  });

  it("serves a file page at its own name only", () => {
    expect(pathsOfFile("404.html", "/privacy/ai")).toEqual(["/privacy/ai/404.html"]);
  });
});

describe("hostingPlan", () => {
  const plan = fixturePlan();
  const page = (route: string) => plan.pages.find((entry) => entry.route === route)!;

  it("lists every page, sorted by route", () => {
    expect(plan.pages.map((entry) => entry.route)).toEqual(["/", "/404.html", "/check/", "/embed/check/"]);
  });

  it("gives each page a policy with the hashes of its own inline code only", () => {
    const policy = valueOf(page("/check/").headers, "Content-Security-Policy")!;
    expect(policy).toContain(sha256Source("check()"));
    expect(policy).not.toContain(sha256Source("home()"));
    expect(valueOf(page("/").headers, "Content-Security-Policy")).toContain(sha256Source(":root{}"));
  });

  it("forbids framing ordinary pages, with X-Frame-Options too", () => {
    expect(valueOf(page("/check/").headers, "Content-Security-Policy")).toMatch(/frame-ancestors 'none'$/);
    expect(valueOf(page("/check/").headers, "X-Frame-Options")).toBe("DENY");
    expect(valueOf(page("/404.html").headers, "X-Frame-Options")).toBe("DENY");
  });

  it("lets the listed origins frame the embed views, without X-Frame-Options", () => {
    const embed = page("/embed/check/").headers;
    expect(valueOf(embed, "Content-Security-Policy")).toMatch(
      /frame-ancestors 'self' https:\/\/intranet\.example\.com$/,
    );
    expect(valueOf(embed, "X-Frame-Options")).toBeUndefined();
  });

  it("isolates every page's window and has the browser revalidate its HTML", () => {
    for (const entry of plan.pages) {
      expect(valueOf(entry.headers, "Cross-Origin-Opener-Policy")).toBe("same-origin");
      expect(valueOf(entry.headers, "Cache-Control")).toBe("no-cache");
    }
  });

  it("sends nosniff, no referrer and the permissions policy with everything", () => {
    expect(valueOf(plan.everyResponse, "X-Content-Type-Options")).toBe("nosniff");
    expect(valueOf(plan.everyResponse, "Referrer-Policy")).toBe("no-referrer");
    expect(valueOf(plan.everyResponse, "Permissions-Policy")).toContain("camera=()");
    expect(allHeadersOf(plan, page("/check/")).length).toBe(plan.everyResponse.length + page("/check/").headers.length);
  });

  it("caches the build assets for good and gives a worker started from them the worker policy", () => {
    expect(plan.staticAssets.prefix).toBe("/privacy/ai/_next/static/");
    expect(valueOf(plan.staticAssets.headers, "Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(valueOf(plan.staticAssets.headers, "Content-Security-Policy")).toBe(WORKER_POLICY);
  });

  it("puts the base path in every address, and none when the site is at the root", () => {
    expect(page("/check/").paths).toEqual(["/privacy/ai/check/", "/privacy/ai/check/index.html"]);
    expect(plan.notFoundPath).toBe("/privacy/ai/404.html");
    const atRoot = fixturePlan("");
    expect(atRoot.staticAssets.prefix).toBe("/_next/static/");
    expect(atRoot.notFoundPath).toBe("/404.html");
  });

  it("finds the 404 page", () => {
    expect(notFoundPage(plan)?.file).toBe("404.html");
  });

  it("refuses a page with inline code no hash can allow, naming the page and the code", () => {
    const pages = [...FIXTURE_PAGES, { file: "bars/index.html", html: '<div style="width:5%"></div>' }];
    expect(() => hostingPlan({ basePath: "", embedOrigins: [], pages })).toThrow(BlockedInlineCodeError);
    expect(() => hostingPlan({ basePath: "", embedOrigins: [], pages })).toThrow(
      'bars/index.html: style attribute on <div>: style="width:5%"',
    );
  });
});
