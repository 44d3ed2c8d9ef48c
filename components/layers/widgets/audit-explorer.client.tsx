"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import { useHydrated } from "@/components/use-browser-value";
import { eventSearchText, filterEvents } from "@/lib/layers/audit-filter";

/** One event as the explorer filters it; `body` is rendered on the server, citations included. */
export type ExplorerEvent = {
  id: string;
  category: string;
  recordsTypedText: boolean;
  body: ReactNode;
};

type Props = { events: readonly ExplorerEvent[]; categories: readonly { id: string; label: string }[] };

/**
 * The audit-log event explorer. The server HTML lists every event, so it reads without JavaScript; the
 * controls stay disabled until the page is interactive. Events that do not match are hidden, not removed,
 * so the search reads each event's words from the page once, when the person first types, rather than
 * the page sending them a second time as data.
 */
export function AuditExplorerClient({ events, categories }: Props) {
  const [query, setQuery] = useState("");
  const [category, setCategory] = useState("all");
  const [typedOnly, setTypedOnly] = useState(false);
  const hydrated = useHydrated();
  const ids = { search: useId(), category: useId() };
  const list = useRef<HTMLUListElement>(null);
  const [searchTexts, setSearchTexts] = useState<readonly string[]>();
  const searchable = events.map((event, index) => ({ ...event, searchText: searchTexts?.[index] ?? "" }));
  const shown = new Set(filterEvents(searchable, query, category, typedOnly).map((event) => event.id));
  return (
    <div className="not-prose my-6">
      <form role="search" aria-label="Audit-log events" onSubmit={(event) => event.preventDefault()}>
        <div className="grid gap-4 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2">
          <div>
            <label htmlFor={ids.search} className="block font-semibold">
              Search events
            </label>
            <input
              id={ids.search}
              type="search"
              value={query}
              disabled={!hydrated}
              onChange={(event) => {
                const items = [...(list.current?.children ?? [])];
                setSearchTexts(
                  (texts) => texts ?? items.map((item, index) => eventSearchText(events[index]!.id, item)),
                );
                setQuery(event.target.value);
              }}
              className="mt-1 w-full rounded border border-line bg-bg px-3 py-2"
            />
          </div>
          <div>
            <label htmlFor={ids.category} className="block font-semibold">
              Category
            </label>
            <select
              id={ids.category}
              value={category}
              disabled={!hydrated}
              onChange={(event) => setCategory(event.target.value)}
              className="mt-1 w-full rounded border border-line bg-bg px-3 py-2"
            >
              <option value="all">All categories</option>
              {categories.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <label className="flex items-center gap-2 sm:col-span-2">
            <input
              type="checkbox"
              checked={typedOnly}
              disabled={!hydrated}
              onChange={(event) => setTypedOnly(event.target.checked)}
              className="size-4"
            />
            Only events that record text you typed
          </label>
        </div>
      </form>
      <p role="status" className="mt-3 text-sm">
        Showing {shown.size} of {events.length} events.
      </p>
      <ul ref={list} aria-label="Audit-log events" className="mt-3 list-none space-y-3 pl-0">
        {events.map((event) => (
          <li key={event.id} hidden={!shown.has(event.id)} className="audit-event">
            {event.body}
          </li>
        ))}
      </ul>
    </div>
  );
}
