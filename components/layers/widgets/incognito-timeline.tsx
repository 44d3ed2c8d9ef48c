import { ClaimLinks } from "@/components/claims/claim-links";
import { incognitoTimeline } from "@/content/layers/incognito/timeline";
import { IncognitoTimelineClient } from "./incognito-timeline.client";

/** The incognito retention timeline, with its citations rendered on the server. */
export function IncognitoTimeline() {
  return (
    <IncognitoTimelineClient
      defaultDays={incognitoTimeline.defaultDays}
      citations={<ClaimLinks ids={incognitoTimeline.claims} />}
    />
  );
}
