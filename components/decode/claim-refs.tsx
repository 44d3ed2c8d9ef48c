import { Fragment } from "react";
import { ReviewMarker } from "@/components/claims/review-state";
import { withBasePath } from "@/lib/site/base-path";
import type { ClaimRef } from "@/lib/site/claim-path";

/**
 * Numbered links to the claims behind a meaning (their paths worked out on the server, as this runs in
 * islands that do not load the model), each named by its claim for screen readers; a claim not
 * verified against its official page says so beside its number.
 */
export function ClaimRefs({ claims }: { claims: readonly ClaimRef[] }) {
  return (
    <span className="ml-1 text-sm whitespace-nowrap">
      {claims.map((claim, index) => (
        <Fragment key={claim.id}>
          <a
            href={withBasePath(claim.path)}
            aria-label={`Source: ${claim.statement}`}
            title={claim.statement}
            className="mx-0.5 inline-block min-h-6 min-w-6 text-center"
          >
            [{index + 1}]
          </a>
          <ReviewMarker id={claim.id} />
        </Fragment>
      ))}
    </span>
  );
}
