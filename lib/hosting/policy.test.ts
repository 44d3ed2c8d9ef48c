import { describe, expect, it } from "vitest";
import { sha256Source } from "./inline-code";
import { frameAncestors, isEmbedRoute, pagePolicy, PERMISSIONS_POLICY, WORKER_POLICY } from "./policy";

/** A policy as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split("; ").map((directive) => {
      const [name, ...sources] = directive.split(" ");
      return [name!, sources];
    }),
  );
}

describe("isEmbedRoute", () => {
  it("is true for pages under /embed/ only", () => {
    expect(isEmbedRoute("/embed/check/")).toBe(true);
    expect(isEmbedRoute("/embed/layers/audit-logs/")).toBe(true);
    expect(isEmbedRoute("/check/")).toBe(false);
    expect(isEmbedRoute("/embedded/")).toBe(false);
    expect(isEmbedRoute("/")).toBe(false);
  });
});

describe("frameAncestors", () => {
  const origins = ["https://intranet.example.com", "http://localhost:8080"];

  it("lets nobody frame an ordinary page", () => {
    expect(frameAncestors("/check/", origins)).toBe("'none'");
  });

  it("lets the site and the organization's origins frame an embed view", () => {
    expect(frameAncestors("/embed/check/", origins)).toBe("'self' https://intranet.example.com http://localhost:8080");
  });

  it("lets only the site frame an embed view when no origin is listed", () => {
    expect(frameAncestors("/embed/check/", [])).toBe("'self'");
  });
});

describe("pagePolicy", () => {
  const policy = directives(pagePolicy({ scripts: ["a()", "b()", "a()"], styles: [":root{}"] }, "'none'"));

  it("denies everything by default", () => {
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
  });

  it("allows the site's own scripts and each inline script by hash, once", () => {
    expect(policy.get("script-src")).toEqual(["'self'", sha256Source("a()"), sha256Source("b()")]);
  });

  it("allows the site's own style sheet and each inline style by hash", () => {
    expect(policy.get("style-src")).toEqual(["'self'", sha256Source(":root{}")]);
  });

  it("never allows unsafe-inline, unsafe-eval, data: or another origin", () => {
    const all = [...policy.values()].flat();
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "data:", "blob:", "*", "https:"]) {
      expect(all).not.toContain(loose);
    }
  });

  it("allows the search index fetch, the decoder's worker and the favicon from the site only", () => {
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("worker-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
  });

  it("ends with the page's frame-ancestors", () => {
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect([...policy.keys()].at(-1)).toBe("frame-ancestors");
  });

  it("has only 'self' in script-src for a page without inline scripts", () => {
    expect(directives(pagePolicy({ scripts: [], styles: [] }, "'self'")).get("script-src")).toEqual(["'self'"]);
  });
});

describe("WORKER_POLICY", () => {
  it("lets a worker load the site's scripts and connect nowhere", () => {
    expect(directives(WORKER_POLICY)).toEqual(
      new Map([
        ["default-src", ["'none'"]],
        ["script-src", ["'self'"]],
      ]),
    );
  });
});

describe("PERMISSIONS_POLICY", () => {
  it("denies the camera, the microphone and geolocation to every origin", () => {
    for (const feature of ["camera", "microphone", "geolocation"])
      expect(PERMISSIONS_POLICY).toContain(`${feature}=()`);
  });

  it("leaves the clipboard alone: the check's Copy link button writes to it", () => {
    expect(PERMISSIONS_POLICY).not.toContain("clipboard");
  });
});
