/**
 * The one place the model is assembled from `content/model/` and validated. Content is TypeScript,
 * not files read with `fs`, so the model (and the engine on top of it) runs in the browser too.
 */
import { claims } from "@/content/model/claims";
import { notes } from "@/content/model/notes";
import { rules } from "@/content/model/rules";
import { sources } from "@/content/model/sources";
import type { Claim, Source } from "./content-schema";
import { parseModel, type Model } from "./model-schema";
import { vocabulary } from "./vocabulary";

export { claimStatus, DEFAULT_MAX_AGE_DAYS, isStale, warnStaleClaims, type ClaimStatus } from "./freshness";

/** The model exactly as authored, before validation. */
export const modelInput = { schemaVersion: 1, vocabulary, sources, claims, rules, notes };

/** The validated model; importing this module throws, with every problem listed, if content is invalid. */
export const model: Model = parseModel(modelInput);

/** A source by id; throws for an unknown id, which validation makes impossible for cited ones. */
export function sourceById(id: string, from: Model = model): Source {
  const source = from.sources.find((candidate) => candidate.id === id);
  if (!source) throw new Error(`No source "${id}" in the model`);
  return source;
}

/** A claim by id; throws for an unknown id. */
export function claimById(id: string, from: Model = model): Claim {
  const claim = from.claims.find((candidate) => candidate.id === id);
  if (!claim) throw new Error(`No claim "${id}" in the model`);
  return claim;
}

/** "official" when at least one of the claim's citations is an official source; otherwise "third-party". */
export function claimProvenance(claim: Claim, from: Model = model): "official" | "third-party" {
  return claim.citations.some((citation) => sourceById(citation.source, from).kind === "official")
    ? "official"
    : "third-party";
}

/** The claims citing each source, in claim order; every source appears, even with no claims. */
export function claimsBySource(from: Model = model): Map<string, Claim[]> {
  const bySource = new Map<string, Claim[]>(from.sources.map((source) => [source.id, []]));
  for (const claim of from.claims) {
    for (const sourceId of new Set(claim.citations.map((citation) => citation.source)))
      bySource.get(sourceId)?.push(claim);
  }
  return bySource;
}
