import { expect, test, type Page } from "@playwright/test";

/*
 * The change log at /changes/, its Atom feed, and the links to it from the explainers. The entries come
 * from content/changes/; these journeys read them from the built page, so they hold whatever the log says.
 */

type EntryDates = { id: string; date: string; recorded: string };

/** Newest first: by the day Anthropic's page changed, then the day the site recorded it, then by id. */
function newestFirst(a: EntryDates, b: EntryDates): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.recorded !== b.recorded) return a.recorded < b.recorded ? 1 : -1;
  return a.id < b.id ? -1 : 1;
}

/** Every entry on the page, in page order, with its anchor and its two dates. */
async function entriesOnPage(page: Page): Promise<EntryDates[]> {
  return page
    .getByRole("main")
    .getByRole("article")
    .evaluateAll((articles) =>
      articles.map((article) => {
        const [date, recorded] = Array.from(article.querySelectorAll("time"), (time) => time.dateTime);
        return { id: article.id, date: date ?? "", recorded: recorded ?? "" };
      }),
    );
}

test("the footer leads to the change log, which lists entries newest first, each with its anchor and a permalink", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "what changed" }).click();
  await expect(page).toHaveURL(/\/changes\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "What changed" })).toBeVisible();

  const entries = await entriesOnPage(page);
  expect(entries.length, "content/changes/ has entries").toBeGreaterThan(0);
  for (const entry of entries) {
    expect(entry.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(entry.date).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(entry.recorded >= entry.date, `${entry.id} is recorded on or after its date`).toBe(true);
  }
  expect(entries.map((entry) => entry.id)).toEqual([...entries].sort(newestFirst).map((entry) => entry.id));
  expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);

  const last = entries.at(-1)!;
  const article = page.getByRole("main").locator(`article[id="${last.id}"]`);
  const permalink = article.getByRole("link", { name: /^Permalink to / });
  await expect(permalink).toHaveAttribute("href", `#${last.id}`);
  await permalink.click();
  await expect(page).toHaveURL(new RegExp(`/changes/#${last.id}$`));
  await expect(article).toBeInViewport();
});

test("an entry's claim link lands on that claim on the Sources page", async ({ page }) => {
  await page.goto("/changes/");
  const claimLink = page
    .getByRole("main")
    .getByRole("list", { name: "Claims added or changed" })
    .first()
    .getByRole("link")
    .first();
  const statement = (await claimLink.innerText()).trim();
  const href = await claimLink.getAttribute("href");
  expect(href).toMatch(/^\/sources\/[a-z-]+\/#claim-[a-z0-9-]+$/);
  const anchor = href!.split("#")[1]!;

  await claimLink.click();
  await expect(page).toHaveURL(new RegExp(`${href!.split("#")[0]}#${anchor}$`));
  await expect(page.getByRole("heading", { level: 1, name: /^Sources: / })).toBeVisible();
  const claim = page.locator(`[id="${anchor}"]`);
  await expect(claim).toContainText(statement);
  await expect(claim).toBeInViewport();
});

test('an explainer\'s "Changes to this page" link lands on the right entry', async ({ page }) => {
  await page.goto("/changes/");
  const entry = page
    .getByRole("main")
    .getByRole("article")
    .filter({ has: page.getByRole("list", { name: "Explainers" }) })
    .first();
  const id = await entry.getAttribute("id");
  const title = (await entry.getByRole("heading", { level: 2 }).innerText()).trim();
  const explainer = await entry
    .getByRole("list", { name: "Explainers" })
    .getByRole("link")
    .first()
    .getAttribute("href");
  expect(explainer).toMatch(/^\/layers\/[a-z-]+\/$/);

  await page.goto(explainer!);
  const changes = page.getByRole("region", { name: "Changes to this page" });
  const link = changes.getByRole("link", { name: title, exact: true });
  await expect(link).toHaveAttribute("href", `/changes/#${id}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/changes/#${id}$`));
  await expect(page.getByRole("article", { name: title, exact: true })).toBeInViewport();
});

test("the feed is served as XML, parses as Atom, and its links are absolute and lead to existing anchors", async ({
  page,
  request,
}) => {
  await page.goto("/changes/");
  const feedHref = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
  expect(feedHref).toBe("/changes/feed.xml");
  await expect(page.getByRole("link", { name: "Atom feed of these changes" })).toHaveAttribute("href", feedHref!);

  const response = await request.get(feedHref!);
  expect(response.ok()).toBe(true);
  expect(response.headers()["content-type"]).toMatch(/^(application\/(atom\+)?xml|text\/xml)\b/);
  const feed = await page.evaluate(
    (xml) => {
      const atom = "http://www.w3.org/2005/Atom";
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const error = doc.getElementsByTagName("parsererror")[0];
      if (error) return { error: error.textContent ?? "parse error" };
      const root = doc.documentElement;
      const child = (parent: Element, name: string) =>
        Array.from(parent.children).find((element) => element.namespaceURI === atom && element.localName === name);
      const link = (parent: Element, rel: string) =>
        Array.from(parent.children).find(
          (element) => element.localName === "link" && element.getAttribute("rel") === rel,
        );
      return {
        root: `${root.namespaceURI} ${root.localName}`,
        required: ["id", "title", "updated", "author"].filter((name) => !child(root, name)),
        self: link(root, "self")?.getAttribute("href") ?? "",
        hrefs: Array.from(doc.querySelectorAll("[href]"), (element) => element.getAttribute("href") ?? ""),
        entries: Array.from(root.children)
          .filter((element) => element.namespaceURI === atom && element.localName === "entry")
          .map((entry) => ({
            missing: ["id", "title", "updated"].filter((name) => !child(entry, name)),
            link: link(entry, "alternate")?.getAttribute("href") ?? "",
          })),
      };
    },
    await response.text(),
  );

  if ("error" in feed) throw new Error(`The feed is not well-formed XML: ${feed.error}`);
  expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
  expect(feed.required).toEqual([]);
  // `new URL` without a base throws for a relative address.
  for (const href of feed.hrefs) expect(new URL(href).protocol, `${href} is absolute`).toMatch(/^https?:$/);
  const siteOrigin = new URL(feed.self).origin;
  expect(new URL(feed.self).pathname).toBe("/changes/feed.xml");

  // One entry per change, in the page's order, each linking to its anchor on /changes/.
  const anchors = (await entriesOnPage(page)).map((entry) => entry.id);
  expect(feed.entries.map((entry) => entry.missing)).toEqual(anchors.map(() => []));
  expect(
    feed.entries.map((entry) => {
      const url = new URL(entry.link);
      return `${url.origin === siteOrigin ? "" : url.origin}${url.pathname}${url.hash}`;
    }),
  ).toEqual(anchors.map((id) => `/changes/#${id}`));

  // The links into the site (claims, sources, explainers) lead to pages and anchors that exist.
  const pages = new Map<string, string>();
  for (const href of new Set(feed.hrefs)) {
    const url = new URL(href);
    if (url.origin !== siteOrigin) continue;
    if (!pages.has(url.pathname)) {
      const target = await request.get(url.pathname);
      expect(target.ok(), `${url.pathname} exists`).toBe(true);
      pages.set(url.pathname, url.pathname.endsWith("/") ? await target.text() : "");
    }
    const id = url.hash.slice(1);
    if (id) expect(pages.get(url.pathname), `${url.pathname} has an element with id "${id}"`).toContain(`id="${id}"`);
  }
});
