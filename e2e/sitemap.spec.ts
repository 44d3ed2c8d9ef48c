import { expect, test } from "@playwright/test";
import { builtPages } from "../scripts/built-pages";

test("the sitemap lists exactly the pages the build emitted", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.ok()).toBe(true);
  const paths = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  // Embed views are for iframes, marked noindex, and left out of the sitemap.
  expect(paths.sort()).toEqual(builtPages().filter((path) => !path.startsWith("/embed/")));
});

test("robots.txt allows crawling and points at the sitemap", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toMatch(/Allow: \//);
  expect(text).toMatch(/Sitemap: .*\/sitemap\.xml/);
});
