/**
 * The words the explorer's search matches for one event: what its entry shows (name, category, meaning,
 * event_info and what it reveals), less the parts search leaves out (citation numbers), and the event's
 * name with spaces for underscores, so "conversation renamed" finds conversation_renamed.
 */
export function eventSearchText(id: string, entry: Element): string {
  const copy = entry.cloneNode(true) as Element;
  for (const skipped of copy.querySelectorAll("[data-no-search]")) skipped.remove();
  return `${id.replaceAll("_", " ")} ${copy.textContent ?? ""}`.toLowerCase();
}

/** What the audit-log explorer filters on. */
export type FilterableEvent = { category: string; searchText: string; recordsTypedText: boolean };

/** Narrows a list of events by words (all must match), category ("all" for any) and "records text you typed". */
export function filterEvents<T extends FilterableEvent>(
  events: readonly T[],
  query: string,
  category: string,
  typedOnly: boolean,
): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return events.filter(
    (event) =>
      (category === "all" || event.category === category) &&
      (!typedOnly || event.recordsTypedText) &&
      words.every((word) => event.searchText.includes(word)),
  );
}
