"use client";

import Link from "next/link";
import { useEffect, useId, useMemo, useState } from "react";
import { useHydrated } from "@/components/use-browser-value";
import type { SiteSearch as Engine } from "@/lib/search/engine";
import { searchIndexUrl } from "@/lib/search/index-file";
import type { SearchIndex } from "@/lib/search/schema";

type Status = { kind: "loading" } | { kind: "ready"; engine: Engine } | { kind: "failed" };

/** Loads the index written with the site, and the search code, which only this page needs. */
async function loadEngine(): Promise<Engine> {
  const [response, { createSiteSearch }] = await Promise.all([fetch(searchIndexUrl()), import("@/lib/search/engine")]);
  if (!response.ok) throw new Error(String(response.status));
  const index = (await response.json()) as SearchIndex;
  if (index.version !== 1 || !Array.isArray(index.pages)) throw new Error("unknown index");
  return createSiteSearch(index);
}

/** Search over every section of every page, in the browser, from the index fetched once from this site. */
export function SiteSearch() {
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "loading" });
  const hydrated = useHydrated();
  const id = useId();

  // Read ?q= once, so a search can be linked to; then load the index.
  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get("q") ?? "";
    let cancelled = false;
    loadEngine()
      .then((engine) => {
        if (cancelled) return;
        setStatus({ kind: "ready", engine });
        if (initial) setQuery(initial);
      })
      .catch(() => !cancelled && setStatus({ kind: "failed" }));
    return () => {
      cancelled = true;
    };
  }, []);

  const { hits, everyWord } = useMemo(
    () => (status.kind === "ready" ? status.engine.search(query) : { hits: [], everyWord: true }),
    [status, query],
  );
  const count = `${hits.length} ${hits.length === 1 ? "section" : "sections"}`;
  const message =
    status.kind === "failed"
      ? "The search index could not be loaded."
      : status.kind !== "ready"
        ? "Loading the search index…"
        : query.trim() === ""
          ? "Type a word to search every page."
          : hits.length === 0
            ? "Nothing matches. Try fewer words or another spelling."
            : everyWord
              ? `${count} ${hits.length === 1 ? "matches" : "match"}.`
              : `No section has every word; ${count} ${hits.length === 1 ? "has" : "have"} some of them.`;

  return (
    <div className="my-6">
      <form role="search" aria-label="Site" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={id} className="block font-semibold">
          Search the site
        </label>
        <input
          id={id}
          type="search"
          name="q"
          value={query}
          disabled={!hydrated}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
          className="mt-1 w-full max-w-xl rounded border border-line bg-bg px-3 py-2"
        />
      </form>
      <p role="status" className="mt-3 text-sm">
        {hydrated ? message : "Search needs JavaScript. Every page is listed below instead."}
      </p>
      {hits.length > 0 && (
        <ol aria-label="Search results" className="mt-3 space-y-5">
          {hits.map((hit) => (
            <li key={hit.href}>
              <Link href={hit.href} className="text-lg font-semibold">
                {hit.heading && hit.heading !== hit.page ? (
                  <>
                    <span className="font-normal">{hit.page}:</span> {hit.heading}
                  </>
                ) : (
                  hit.page
                )}
              </Link>
              {hit.snippet.length > 0 && (
                <p className="!mt-1 text-sm">
                  {hit.snippet.map((part, at) =>
                    part.hit ? (
                      <mark key={at} className="rounded-sm bg-possible-bg text-fg">
                        {part.text}
                      </mark>
                    ) : (
                      part.text
                    ),
                  )}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
