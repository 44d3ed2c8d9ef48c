import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildSearchIndex, isSearched, pagePath, writeSearchIndex } from "./build-index";
import { SEARCH_INDEX_FILE } from "./index-file";
import { searchIndexSchema } from "./schema";

const html = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

let outDir: string;
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(outDir, file)), { recursive: true });
  writeFileSync(join(outDir, file), text);
};

beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), "search-index-"));
  write("index.html", html("Home", "<p>Six layers.</p>"));
  write("layers/audit-logs/index.html", html("Audit logs", '<h2 id="events">Events</h2><p>Sign-ins.</p>'));
  write("search/index.html", html("Search", "<p>Every page.</p>"));
  write("embed/check/index.html", html("Check", "<p>Embedded.</p>"));
  write("check/report/team/index.html", html("Team report", "<p>Verdicts.</p>"));
  write("404.html", html("Not found", "<p>Missing.</p>"));
  write("_next/static/x.html", "<p>asset</p>");
});
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

describe("pagePath", () => {
  it("turns an exported file into its page address", () => {
    expect(pagePath("index.html")).toBe("/");
    expect(pagePath("layers/audit-logs/index.html")).toBe("/layers/audit-logs/");
    expect(pagePath("404.html")).toBeUndefined();
  });
});

describe("isSearched", () => {
  it("leaves out the search page, the embed views and the ready-made reports", () => {
    expect(isSearched("/layers/audit-logs/")).toBe(true);
    expect(isSearched("/check/")).toBe(true);
    for (const path of ["/search/", "/embed/check/", "/check/report/team/", "/onboarding/report/team/"]) {
      expect(isSearched(path), path).toBe(false);
    }
  });
});

describe("buildSearchIndex", () => {
  it("indexes every searchable page of the export, by section", () => {
    expect(buildSearchIndex(outDir)).toEqual({
      version: 1,
      pages: [
        { path: "/", title: "Home", sections: [{ id: "", heading: "", text: "Six layers." }] },
        {
          path: "/layers/audit-logs/",
          title: "Audit logs",
          sections: [{ id: "events", heading: "Events", text: "Sign-ins." }],
        },
      ],
    });
  });

  it("refuses a page with no heading and no text, naming it", () => {
    write("empty/index.html", "<!DOCTYPE html><html><body><main></main></body></html>");
    expect(() => buildSearchIndex(outDir)).toThrow("empty/index.html");
  });
});

describe("writeSearchIndex", () => {
  it("writes the index where the search page fetches it", () => {
    const written = writeSearchIndex(outDir);
    expect(written.file).toBe(join(outDir, SEARCH_INDEX_FILE));
    expect(written.pages).toBe(2);
    expect(searchIndexSchema.parse(JSON.parse(readFileSync(written.file, "utf8"))).pages).toHaveLength(2);
  });
});
