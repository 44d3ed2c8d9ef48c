import type { ClaimStatus } from "@/lib/model/freshness";
import type { ClaimReviewState } from "@/lib/content/claim-reviews";

const badge = "inline-block rounded border px-2 py-0.5 text-xs font-semibold uppercase tracking-wide";

/** "Official" or "Third-party", always as text so it does not rely on colour. */
export function SourceKindBadge({ kind }: { kind: "official" | "third-party" }) {
  return kind === "official" ? (
    <span className={`${badge} border-line bg-surface text-fg`}>Official</span>
  ) : (
    <span className={`${badge} border-possible bg-possible-bg text-possible`}>Third-party</span>
  );
}

/** Shown for claims that are not simply current. */
export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  switch (status) {
    case "current":
      return null;
    case "disputed":
      return <span className={`${badge} border-possible bg-possible-bg text-possible`}>Disputed</span>;
    case "needs-recheck":
      return <span className={`${badge} border-yes bg-yes-bg text-yes`}>Needs re-check</span>;
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
      return <span className={`${badge} border-line bg-surface text-fg`}>Verified</span>;
    case "source-changed":
      return <span className={`${badge} border-yes bg-yes-bg text-yes`}>Source changed</span>;
    case "quote-missing":
      return <span className={`${badge} border-yes bg-yes-bg text-yes`}>Not yet checked</span>;
    case "third-party":
      return <span className={`${badge} border-possible bg-possible-bg text-possible`}>Third-party only</span>;
    default: {
      const unhandled: never = state;
      return unhandled;
    }
  }
}
