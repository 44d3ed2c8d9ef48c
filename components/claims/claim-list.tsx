import Link from "next/link";
import { claimPath } from "@/lib/site/claim-path";
import { claimById, sourceById } from "@/lib/model/lookups";
import { ReviewMarker } from "./review-state";

/** "What this rests on": each claim in plain words, with the source it quotes, linking to its entry. */
export function ClaimList({ ids, label = "Sources" }: { ids: readonly string[]; label?: string }) {
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer font-medium text-accent">
        {label} ({ids.length})
      </summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {ids.map((id) => {
          const claim = claimById(id);
          const source = sourceById(claim.citations[0]!.source);
          return (
            <li key={id}>
              {claim.statement} <Link href={claimPath(id)}>{source.title}</Link>
              <ReviewMarker id={id} />
            </li>
          );
        })}
      </ul>
    </details>
  );
}
