/** The analytics-row widget: a made-up per-person analytics row as each role sees it; every metric is documented. */
import type { ClaimId } from "@/content/model/claims";
import { claimsOf } from "@/lib/layers/cited";

export type Metric = { name: string; value: string; meaning: string; spend: boolean; claims: readonly ClaimId[] };

/** What a role sees: a sentence, and whether it sees the row with or without spend. */
export type RoleView = {
  id: string;
  label: string;
  text: string;
  claims: readonly ClaimId[];
  row: "none" | "without-spend" | "with-spend";
};

export const metrics = [
  {
    name: "Person",
    value: "sam@example.com",
    meaning: "Figures are kept per person, by account.",
    spend: false,
    claims: ["analytics-api"],
  },
  {
    name: "Day",
    value: "2026-03-04",
    meaning: "Figures are per day, from 1 January 2026 on.",
    spend: false,
    claims: ["analytics-api"],
  },
  {
    name: "Conversations",
    value: "7",
    meaning: "How many chats the person had that day.",
    spend: false,
    claims: ["analytics-api"],
  },
  {
    name: "Messages sent",
    value: "41",
    meaning: "How many messages the person sent that day.",
    spend: false,
    claims: ["analytics-api"],
  },
  {
    name: "Claude Code sessions",
    value: "3",
    meaning: "How many Claude Code sessions the person ran.",
    spend: false,
    claims: ["claude-code-dashboard"],
  },
  {
    name: "Lines of code accepted",
    value: "212",
    meaning: "Lines Claude Code suggested that the person accepted; also an accept rate and a leaderboard.",
    spend: false,
    claims: ["claude-code-dashboard"],
  },
  {
    name: "Tokens and estimated spend, by product and model",
    value: "1.2 million tokens; $4.10",
    meaning:
      "In the spend report: per person, product and model, updated daily, for up to the past 90 days; the dashboard also names the top spenders.",
    spend: true,
    claims: ["usage-analytics-spend"],
  },
] as const satisfies readonly Metric[];

/** Shown in the value column of a spend metric to a role that does not see spend. */
export const spendHidden = "Not shown to this role";

export const roleViews = [
  {
    id: "member",
    label: "You, as a member",
    text: "When Member analytics is on, as it is by default since 11 July 2026, you see your own usage by product, model and skill in Settings > Usage, and where you stand against any spend limit. Owners can switch this view off.",
    claims: ["member-usage-view"],
    row: "none",
  },
  {
    id: "admin",
    label: "Admin",
    text: "On Enterprise, Admins see every analytic except spend; on Team, Admins do not see usage analytics.",
    claims: ["usage-analytics-roles"],
    row: "without-spend",
  },
  {
    id: "owner",
    label: "Owner",
    text: "Owners see all of it, spend included, on Team and Enterprise.",
    claims: ["usage-analytics-roles"],
    row: "with-spend",
  },
  {
    id: "primary-owner",
    label: "Primary Owner",
    text: "The Primary Owner sees all of it and, on Enterprise, can also create Analytics API keys that fetch these figures per person and per day.",
    claims: ["usage-analytics-roles", "analytics-api"],
    row: "with-spend",
  },
] as const satisfies readonly RoleView[];

/** The role shown in the server HTML and before any choice. */
export const defaultRole: (typeof roleViews)[number]["id"] = "owner";

export const analyticsRowClaims = claimsOf([...roleViews, ...metrics]);
