"use client";

import Link from "next/link";
import { useEffect, useId, useState } from "react";
import { search, searchIndexUrl, type SearchDoc } from "@/lib/search";
import { useHydrated } from "@/components/layers/use-hydrated";

type Status = { kind: "idle" } | { kind: "loading" } | { kind: "ready"; docs: SearchDoc[] } | { kind: "failed" };

/** Search over every page, from the static index fetched once from this site. */
export function SiteSearch() {
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const hydrated = useHydrated();
  const id = useId();

  // Read ?q= once, so a search can be linked to; then load the index.
  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get("q") ?? "";
    let cancelled = false;
    fetch(searchIndexUrl())
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<SearchDoc[]>;
      })
      .then((docs) => {
        if (cancelled) return;
        setStatus({ kind: "ready", docs });
        if (initial) setQuery(initial);
      })
      .catch(() => !cancelled && setStatus({ kind: "failed" }));
    return () => {
      cancelled = true;
    };
  }, []);

  const hits = status.kind === "ready" ? search(status.docs, query) : [];
  const message =
    status.kind === "failed"
      ? "The search index could not be loaded."
      : status.kind !== "ready"
        ? "Loading the search index…"
        : query.trim() === ""
          ? "Type a word to search every page."
          : `${hits.length} ${hits.length === 1 ? "page matches" : "pages match"}.`;

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
        <ol aria-label="Search results" className="mt-3 space-y-4">
          {hits.map((hit) => (
            <li key={hit.href}>
              <Link href={hit.href} className="text-lg font-semibold">
                {hit.title}
              </Link>
              <p className="text-sm">{hit.snippet}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
