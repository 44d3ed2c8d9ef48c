/**
 * Pure helpers that read facts out of MDX source text: the claims it cites and the terms it uses. Search reads
 * the built pages instead (lib/search/), so it sees what the components render.
 */

/** Claim ids cited with `<Cite ids={["a", "b"]} />` or named by `<Dispute id="…" />`, in first-use order. */
export function citedClaimIds(source: string): string[] {
  const ids: string[] = [];
  for (const match of source.matchAll(/<Cite\s+ids=\{\[([^\]]*)\]\}/g)) {
    for (const id of match[1]!.matchAll(/"([^"]+)"/g)) ids.push(id[1]!);
  }
  for (const match of source.matchAll(/<Dispute\s+id="([^"]+)"/g)) ids.push(match[1]!);
  return [...new Set(ids)];
}

/** Glossary ids used with `<Term id="…">`. */
export function termIds(source: string): string[] {
  return [...new Set([...source.matchAll(/<Term\s+id="([^"]+)"/g)].map((match) => match[1]!))];
}
