/** Pure helpers that read facts out of MDX source text: the claims it cites, the terms it uses, its words. */

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

/** The readable words of an MDX file: no export block, tags, attributes, Markdown marks or code fences. */
export function plainText(source: string): string {
  return source
    .replace(/^export const meta = \{[\s\S]*?\n\};?\n/m, " ")
    .replace(/^import .*$/gm, " ")
    .replace(/<[A-Za-z][^>]*?\bbelief="([^"]*)"[^>]*>/g, " $1 ")
    .replace(/<\/?[A-Za-z][^>]*>/g, " ")
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, " ")
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
    .replace(/[#*_`>|]/g, " ")
    .replace(/-{3,}/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
