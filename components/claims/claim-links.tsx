import Link from "next/link";
import { Fragment } from "react";
import { claimPath } from "@/lib/site/claim-path";
import { claimById } from "@/lib/model/lookups";
import { ReviewMarker } from "./review-state";

/**
 * Inline citations after a sentence: numbered links to each claim's entry on the Sources page. A link says
 * its claim once, in its title: the tooltip a pointer shows, and the link's accessible name, since the
 * number is hidden from assistive technology, so a screen reader hears what the number stands for. A claim
 * that is not verified against its official page says so beside its number.
 */
export function ClaimLinks({ ids }: { ids: readonly string[] }) {
  return (
    // Search leaves the numbers out: the claims are indexed where they live, on the Sources page. A long
    // run of numbers wraps between them (each is an inline block) rather than running off a phone's screen.
    <span className="citations" data-no-search="">
      <span className="sr-only">Sources: </span>
      {ids.map((id, index) => (
        <Fragment key={id}>
          <Link href={claimPath(id)} prefetch={false} title={`Source: ${claimById(id).statement}`}>
            <span aria-hidden="true">{`[${index + 1}]`}</span>
          </Link>
          <ReviewMarker id={id} />
        </Fragment>
      ))}
    </span>
  );
}
