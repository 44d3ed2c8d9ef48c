import type { Claim, Source } from "@/lib/model/content-schema";
import { claimPath, homeSourceId, hrefFrom } from "@/lib/site/claim-path";

type Props = {
  /** Claims that quote a source but are listed in full under another, the first they quote. */
  claims: readonly Claim[];
  sources: ReadonlyMap<string, Source>;
  pagePath: string;
};

/**
 * One line per claim, linking to its full entry, so every source still names every claim that quotes it
 * while each claim's quotes appear once. Search leaves the lines out: it finds each claim at its entry.
 */
export function ClaimPointers({ claims, sources, pagePath }: Props) {
  if (claims.length === 0) return null;
  return (
    <div data-no-search="">
      <p className="mt-4 text-sm">
        {claims.length === 1
          ? "Listed in full under the first source it quotes:"
          : "Listed in full under the first source each quotes:"}
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        {claims.map((claim) => (
          <li key={claim.id}>
            <a href={hrefFrom(pagePath, claimPath(claim.id))}>{claim.statement}</a>{" "}
            <span className="text-muted">({sources.get(homeSourceId(claim))?.title})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
