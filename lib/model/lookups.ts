/** Lookups over the model; each takes the model to search, the authored one unless a test supplies another. */
import { modelForBrowser } from "@/lib/content/model";
import type { Claim, Source } from "./content-schema";
import type { Model } from "./model-schema";

/** A source by id; throws for an unknown id, which validation makes impossible for cited ones. */
export function sourceById(id: string, from: Model = modelForBrowser): Source {
  const source = from.sources.find((candidate) => candidate.id === id);
  if (!source) throw new Error(`No source "${id}" in the model`);
  return source;
}

/** A claim by id; throws for an unknown id. */
export function claimById(id: string, from: Model = modelForBrowser): Claim {
  const claim = from.claims.find((candidate) => candidate.id === id);
  if (!claim) throw new Error(`No claim "${id}" in the model`);
  return claim;
}

/** "official" when at least one of the claim's citations is an official source; otherwise "third-party". */
export function claimProvenance(claim: Claim, from: Model = modelForBrowser): "official" | "third-party" {
  return claim.citations.some((citation) => sourceById(citation.source, from).kind === "official")
    ? "official"
    : "third-party";
}

/** The claims citing each source, in claim order; every source appears, even with no claims. */
export function claimsBySource(from: Model = modelForBrowser): Map<string, Claim[]> {
  const bySource = new Map<string, Claim[]>(from.sources.map((source) => [source.id, []]));
  for (const claim of from.claims) {
    for (const sourceId of new Set(claim.citations.map((citation) => citation.source)))
      bySource.get(sourceId)?.push(claim);
  }
  return bySource;
}

/** The sources the given claims quote, each once, in the order the claims first quote them. */
export function sourcesQuotedBy(claimIds: readonly string[], from: Model = modelForBrowser): Source[] {
  const ids = new Set(claimIds.flatMap((id) => claimById(id, from).citations.map((citation) => citation.source)));
  return [...ids].map((id) => sourceById(id, from));
}
