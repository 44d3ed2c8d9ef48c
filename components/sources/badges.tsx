import type { ClaimStatus } from "@/lib/model/freshness";
import type { ClaimReviewState } from "@/lib/content/claim-reviews";

// Short class names (app/globals.css): the Sources pages show these badges hundreds of times.
const plain = "badge badge-plain";
const possible = "badge badge-possible";
const yes = "badge badge-yes";

/** "Official" or "Third-party", always as text so it does not rely on colour. */
export function SourceKindBadge({ kind }: { kind: "official" | "third-party" }) {
  return kind === "official" ? <span className={plain}>Official</span> : <span className={possible}>Third-party</span>;
}

/** Shown for claims that are not simply current. */
export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  switch (status) {
    case "current":
      return null;
    case "disputed":
      return <span className={possible}>Disputed</span>;
    case "needs-recheck":
      return <span className={yes}>Needs re-check</span>;
    default: {
      const unhandled: never = status;
      return unhandled;
    }
  }
}

/** Where a claim's quote stands against its page, always as text: verified, source changed, third-party. */
export function ReviewBadge({ state }: { state: ClaimReviewState }) {
  switch (state) {
    case "verified":
      return <span className={plain}>Verified</span>;
    case "source-changed":
      return <span className={yes}>Source changed</span>;
    case "quote-missing":
      return <span className={yes}>Not yet checked</span>;
    case "third-party":
      return <span className={possible}>Third-party only</span>;
    default: {
      const unhandled: never = state;
      return unhandled;
    }
  }
}
