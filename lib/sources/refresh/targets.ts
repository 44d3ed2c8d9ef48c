/**
 * The pages a refresh reads: every official source's page, once per snapshot folder (two sources can
 * be two stored versions of one page), with the claims' citations that quote it.
 */
import type { Claim, Source } from "@/lib/model/content-schema";

/** What a refresh needs of the model. */
export type RefreshModel = {
  sources: readonly Pick<Source, "id" | "url" | "kind" | "snapshot">[];
  claims: readonly Pick<Claim, "id" | "citations">[];
};

/** One quote on a page: the claim, the source it names and the quote. */
export type PageCitation = { claim: string; source: string; quote: string };

/** One page to read. */
export type RefreshTarget = {
  /** The snapshot folder, e.g. "support.claude.com/en/articles/9970975-access-audit-logs". */
  page: string;
  /** The official address, from the first source that names the folder. */
  url: string;
  /** Ids of the sources stored in this folder. */
  sources: string[];
  citations: PageCitation[];
};

/** The pages to read, sorted by folder. */
export function refreshTargets(model: RefreshModel): RefreshTarget[] {
  const byPage = new Map<string, RefreshTarget>();
  const pageOfSource = new Map<string, RefreshTarget>();
  for (const source of model.sources) {
    if (source.kind !== "official" || !source.snapshot) continue;
    const target = byPage.get(source.snapshot) ?? {
      page: source.snapshot,
      url: source.url,
      sources: [],
      citations: [],
    };
    target.sources.push(source.id);
    byPage.set(source.snapshot, target);
    pageOfSource.set(source.id, target);
  }
  for (const claim of model.claims)
    for (const citation of claim.citations)
      pageOfSource.get(citation.source)?.citations.push({ claim: claim.id, ...citation });
  return [...byPage.values()].sort((a, b) => a.page.localeCompare(b.page));
}
