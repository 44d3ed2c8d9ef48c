import { ClaimLinks } from "@/components/claims/claim-links";
import { IncognitoTimeline as Timeline } from "./incognito-timeline-client";

/** The incognito retention timeline, with its citations rendered on the server. */
export function IncognitoTimeline() {
  return (
    <Timeline
      defaultDays={365}
      citations={<ClaimLinks ids={["incognito-retention", "custom-retention", "incognito-in-compliance-api"]} />}
    />
  );
}
