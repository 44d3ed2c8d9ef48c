import Link from "next/link";
import { Fragment } from "react";
import { claimPath } from "@/lib/site/claim-path";
import { claimById } from "@/lib/model/lookups";
import { ReviewMarker } from "./review-state";

/**
 * Inline citations after a sentence: numbered links to each claim's entry on the Sources page. Each link's
 * accessible name is the claim itself, so a screen reader hears what the number stands for. A claim that
 * is not verified against its official page says so beside its number.
 */
export function ClaimLinks({ ids }: { ids: readonly string[] }) {
  return (
    // Search leaves the numbers out: the claims are indexed where they live, on the Sources page. A long
    // run of numbers wraps between them (each is an inline block) rather than running off a phone's screen.
    <span className="ml-1 text-sm" data-no-search="">
      <span className="sr-only">Sources: </span>
      {ids.map((id, index) => (
        <Fragment key={id}>
          <Link
            href={claimPath(id)}
            prefetch={false}
            aria-label={`Source: ${claimById(id).statement}`}
            title={claimById(id).statement}
            className="mx-0.5 inline-block min-h-6 min-w-6 text-center"
          >
            [{index + 1}]
          </Link>
          <ReviewMarker id={id} />
        </Fragment>
      ))}
    </span>
  );
}
