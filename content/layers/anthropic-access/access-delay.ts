/** The access-delay widget: the latest day an access event may reach the feed, by the day of the access. */
import type { ClaimId } from "@/content/model/claims";
import { claimsOf } from "@/lib/layers/cited";

export const accessDelay = {
  legend: "Day of the access",
  panelPrefix: "Accessed on a",
  defaultDay: "Thursday",
  access: "a person at Anthropic views a message (accessed_at).",
  weekend: "Saturday and Sunday do not count as business days.",
  arrival: {
    text: "the event may not appear in the feed until then (created_at). This example counts weekends only.",
    claims: ["at-delivery"],
  },
} as const satisfies {
  legend: string;
  panelPrefix: string;
  defaultDay: string;
  access: string;
  weekend: string;
  arrival: { text: string; claims: readonly ClaimId[] };
};

export const accessDelayClaims = claimsOf([accessDelay.arrival]);
