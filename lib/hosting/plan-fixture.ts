/** A small export for the hosting tests: a home page, an ordinary page, an embed view and the 404 page. */
import { hostingPlan, type ExportedPage, type HostingPlan } from "./plan";

export const FIXTURE_PAGES: ExportedPage[] = [
  { file: "index.html", html: "<html><head><style>:root{}</style></head><body><script>home()</script></body></html>" },
  { file: "check/index.html", html: "<html><body><script>check()</script></body></html>" },
  { file: "embed/check/index.html", html: "<html><body><script>embed()</script></body></html>" },
  { file: "404.html", html: "<html><body><script>missing()</script></body></html>" },
];

export const FIXTURE_ORIGINS = ["https://intranet.example.com"];

export function fixturePlan(basePath = "/privacy/ai"): HostingPlan {
  return hostingPlan({ basePath, embedOrigins: FIXTURE_ORIGINS, pages: FIXTURE_PAGES });
}

/** A header's value in a list of headers, by name. */
export function valueOf(headers: ReadonlyArray<readonly [string, string]>, name: string): string | undefined {
  return headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
}
