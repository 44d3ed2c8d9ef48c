/**
 * The model as authored, with lookups, and no validation code: what the browser loads. zod, which
 * validates it, stays on the server and in tests: `model.ts` parses this same data at build time (an
 * invalid model fails the build) and a unit test checks that parsing leaves it unchanged.
 */
import { claims } from "@/content/model/claims";
import { notes } from "@/content/model/notes";
import { rules } from "@/content/model/rules";
import { sources } from "@/content/model/sources";
import type { Claim, Source } from "./content-schema";
import type { Model } from "./model-schema";
import { vocabulary } from "./vocabulary";

/** The model exactly as authored. */
export const modelInput = { schemaVersion: 1, vocabulary, sources, claims, rules, notes } as const;

/** The authored model under its validated type; see the note at the top of this file for why that is safe. */
export const modelData = modelInput as unknown as Model;

/** A source by id; throws for an unknown id, which validation makes impossible for cited ones. */
export function sourceById(id: string, from: Model = modelData): Source {
  const source = from.sources.find((candidate) => candidate.id === id);
  if (!source) throw new Error(`No source "${id}" in the model`);
  return source;
}

/** A claim by id; throws for an unknown id. */
export function claimById(id: string, from: Model = modelData): Claim {
  const claim = from.claims.find((candidate) => candidate.id === id);
  if (!claim) throw new Error(`No claim "${id}" in the model`);
  return claim;
}

/** "official" when at least one of the claim's citations is an official source; otherwise "third-party". */
export function claimProvenance(claim: Claim, from: Model = modelData): "official" | "third-party" {
  return claim.citations.some((citation) => sourceById(citation.source, from).kind === "official")
    ? "official"
    : "third-party";
}

/** The claims citing each source, in claim order; every source appears, even with no claims. */
export function claimsBySource(from: Model = modelData): Map<string, Claim[]> {
  const bySource = new Map<string, Claim[]>(from.sources.map((source) => [source.id, []]));
  for (const claim of from.claims) {
    for (const sourceId of new Set(claim.citations.map((citation) => citation.source)))
      bySource.get(sourceId)?.push(claim);
  }
  return bySource;
}
