import type { Claim } from "@/lib/model/content-schema";
import { withBasePath } from "@/lib/site/base-path";
import { claimPath } from "@/lib/site/claim-path";

/** A short index of the claims where official pages disagree, linking to each. */
export function DisputesList({ claims }: { claims: readonly Claim[] }) {
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="disputes" className="prose-site">
      <h2 id="disputes">Where official pages disagree</h2>
      <p>
        These claims quote official pages that say different things. Each shows both quotes and how the site resolves
        it.
      </p>
      <ul>
        {claims.map((claim) => (
          <li key={claim.id}>
            <a href={withBasePath(claimPath(claim.id))}>{claim.statement}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
