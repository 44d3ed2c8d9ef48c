import { ReviewMarker } from "@/components/claims/review-state";
import { reportClaimAnchor, type ReportSources } from "@/lib/check/report-sources";
import { claimById } from "@/lib/model/lookups";
import { JumpLink } from "./jump-link";

/**
 * The claims behind one verdict, in plain words, each linking to its numbered entry in the report's
 * sources, where its quotes, pages and review dates are given once for the whole report. The number is
 * there for paper, where the link leads nowhere.
 */
export function CellSources({ ids, sources }: { ids: readonly string[]; sources: ReportSources }) {
  return (
    <div>
      <p className="font-semibold">Sources</p>
      <ul className="cell-sources">
        {ids.map((id, index) => {
          const claim = claimById(id);
          return (
            // Keyed by place: a claim's id as the key would be sent once more, for every mention, in the
            // page's data; the items hold no state.
            <li key={index}>
              <JumpLink
                target={reportClaimAnchor(id)}
              >{`${claim.statement} (source ${sources.numberOf(id)})`}</JumpLink>
              {claim.dispute ? (
                <span className="text-sm text-muted"> Anthropic&rsquo;s pages disagree here.</span>
              ) : null}
              <ReviewMarker id={id} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
