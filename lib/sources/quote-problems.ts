/**
 * What the quote check tells an editor: for each quote on no stored copy of its official page, the claim,
 * the source, the page folder and the passage of the newest copy most like the quote.
 */
import { nearestPassage, normaliseText } from "./quotes";
import { reviewQuote, type History, type ReviewedClaim, type ReviewedSource } from "./review";

export function quoteProblems(
  model: {
    readonly claims: readonly ReviewedClaim[];
    readonly sources: readonly ReviewedSource[];
  },
  histories: ReadonlyMap<string, History>,
): string[] {
  const sources = new Map(model.sources.map((source) => [source.id, source]));
  return model.claims.flatMap((claim) =>
    claim.citations.flatMap((citation) => {
      const source = sources.get(citation.source);
      if (!source || source.kind !== "official") return [];
      const history = (source.snapshot && histories.get(source.snapshot)) || [];
      if (history.length === 0)
        return [
          `claim "${claim.id}" cites source "${source.id}", which has no stored copy (snapshot "${source.snapshot}")`,
        ];
      if (reviewQuote(citation.quote, history).state !== "quote-missing") return [];
      const newest = history.at(-1)!;
      const nearest = nearestPassage(citation.quote, normaliseText(newest.text));
      return [
        `claim "${claim.id}": the quote from source "${source.id}" is on no stored copy of ${source.snapshot}.\n` +
          `  quote:   "${citation.quote}"\n` +
          `  nearest passage on the copy of ${newest.captured}: "${nearest}"`,
      ];
    }),
  );
}
