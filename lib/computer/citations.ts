/**
 * The claims a set of findings cites, numbered in order of first use, each with its statement and the
 * official pages behind it. The model is passed in, so the reader itself never loads it.
 */
import type { Finding } from "./finding";

export type ClaimData = { id: string; statement: string; citations: readonly { source: string }[] };
export type SourceData = { id: string; title: string; url: string; publisher: string };

export type CitedClaim = {
  id: string;
  statement: string;
  /** The pages the claim quotes, each once. */
  sources: { title: string; publisher: string; url: string }[];
};

export function citedClaims(
  findings: readonly Finding[],
  claims: readonly ClaimData[],
  sources: readonly SourceData[],
): CitedClaim[] {
  const ids = [...new Set(findings.flatMap((finding) => finding.claims))];
  return ids.map((id) => {
    const claim = claims.find((candidate) => candidate.id === id);
    if (!claim) throw new Error(`A finding cites claim "${id}", which the model does not have.`);
    const sourceIds = [...new Set(claim.citations.map((citation) => citation.source))];
    return {
      id,
      statement: claim.statement,
      sources: sourceIds
        .map((sourceId) => sources.find((source) => source.id === sourceId))
        .filter((source): source is SourceData => source !== undefined)
        .map(({ title, publisher, url }) => ({ title, publisher, url })),
    };
  });
}
