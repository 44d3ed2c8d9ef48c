/** The incognito-timeline widget: 30 days against a retention period the reader sets. */
import type { ClaimId } from "@/content/model/claims";
import { claimsOf } from "@/lib/layers/cited";

export const incognitoTimeline = {
  /** The period the field starts with. */
  defaultDays: 365,
  label: "Your organization’s custom retention period, in days",
  bars: {
    history: "Kept in your own chat history",
    anthropicDefault: "Anthropic's default for incognito chats",
    organization: "Retrievable by your organization under this period",
  },
  /** The sentence under the bars, by whether the period is longer than the default. */
  longer: (days: number) =>
    `With a ${days}-day period, an incognito chat can stay in exports and the Compliance API for ${days} days, not 30.`,
  notLonger: "With a 30-day period, an incognito chat stays retrievable for 30 days.",
  claims: ["incognito-retention", "custom-retention", "incognito-in-compliance-api"],
} as const satisfies { claims: readonly ClaimId[] } & Record<string, unknown>;

export const incognitoTimelineClaims = claimsOf([incognitoTimeline]);
