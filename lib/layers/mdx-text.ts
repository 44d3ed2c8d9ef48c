/**
 * Pure helpers that read facts out of MDX source text: the claims it cites and the terms it uses. Search reads
 * the built pages instead (lib/search/), so it sees what the components render.
 */

/** The claims each widget declares, by the component name MDX uses for it. */
export type WidgetClaims = Readonly<Record<string, readonly string[]>>;

/**
 * The claims a page cites, in first-use order: those of `<Cite ids={["a", "b"]} />` and of every widget the
 * page places (`<AuditRowAnatomy />`, with the claims `widgets` gives for it), then those named by
 * `<Dispute id="…" />`.
 */
export function citedClaimIds(source: string, widgets: WidgetClaims = {}): string[] {
  const ids: string[] = [];
  for (const match of source.matchAll(/<Cite\s+ids=\{\[([^\]]*)\]\}|<([A-Z]\w*)\b/g)) {
    if (match[1] === undefined) ids.push(...(widgets[match[2]!] ?? []));
    else for (const id of match[1].matchAll(/"([^"]+)"/g)) ids.push(id[1]!);
  }
  for (const match of source.matchAll(/<Dispute\s+id="([^"]+)"/g)) ids.push(match[1]!);
  return [...new Set(ids)];
}

/** Glossary ids used with `<Term id="…">`. */
export function termIds(source: string): string[] {
  return [...new Set([...source.matchAll(/<Term\s+id="([^"]+)"/g)].map((match) => match[1]!))];
}
