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
