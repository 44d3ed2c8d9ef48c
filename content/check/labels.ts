import type { AccountId, AudienceId } from "@/lib/model/vocabulary";

/** Short column headings for the who-can-see-what table, where the vocabulary's labels are too long. */
export const audienceShortLabels = {
  you: "You",
  admins: "Admins",
  owners: "Owners",
  "primary-owner": "Primary Owner",
  "compliance-key-holders": "Compliance key holders",
  "telemetry-collector": "Telemetry collector",
  "inference-hook-server": "AI security server",
  "anthropic-automated": "Anthropic systems",
  "anthropic-staff": "Anthropic staff",
} as const satisfies Record<AudienceId, string>;

/** Verdicts as the report words them; never colour alone. */
export const verdictLabels = { yes: "Yes", possible: "Possible", no: "No" } as const;

/**
 * The roles in plain words, shown at the top of every report: in everyday speech "admin" covers the
 * Admin role, Owners and the Primary Owner alike, and the report gives each its own verdicts. Each text
 * restates what the model's claims (and the glossary) say about the roles on that kind of account.
 */
export const roleWords = {
  personal: {
    text: "A personal plan has no organization of its own. Admins, Owners and the Primary Owner in this report are the roles in an employer\u2019s Enterprise organization, which can claim personal accounts on an e-mail domain it has verified. There, Admins have fewer powers than Owners: only Owners and the Primary Owner can export audit logs. The Primary Owner is the single account at the top, and can be a service account rather than a person.",
    claims: ["domain-claim-enterprise-only", "audit-logs-roles", "single-primary-owner"],
  },
  team: {
    text: "\u201cAdmin\u201d in everyday speech can mean any of three roles, and this report keeps them apart. Admins here means only people with the Admin role, which has fewer powers than an Owner. Owners are people with the Owner role, below the Primary Owner. The Primary Owner is the single account at the top of your organization, and can be a service account rather than a person.",
    claims: ["usage-analytics-roles", "single-primary-owner"],
  },
  enterprise: {
    text: "\u201cAdmin\u201d in everyday speech can mean any of three roles, and this report keeps them apart. Admins here means only people with the Admin role, which has fewer powers than an Owner: only Owners and the Primary Owner can export audit logs. Owners are people with the Owner role, below the Primary Owner. The Primary Owner is the single account at the top of your organization, and can be a service account rather than a person.",
    claims: ["audit-logs-roles", "usage-analytics-roles", "single-primary-owner"],
  },
  console: {
    text: "Admins here means your Console organization\u2019s admins, who run it. A Console organization has no Owners or Primary Owner: those roles exist only in claude.ai organizations.",
    claims: ["compliance-keys"],
  },
  "partner-cloud": {
    text: "On a partner cloud, Claude runs in your organization\u2019s own cloud account, outside Anthropic\u2019s Owner roles and its Compliance API. Admins here means that cloud account\u2019s administrators.",
    claims: ["at-not-consumer-or-partner-clouds", "sessions-not-returned"],
  },
} as const satisfies Record<AccountId, { text: string; claims: readonly string[] }>;

/** The verdict colours, said in words beside the table: a colour means someone else can see it. */
export const colourKey =
  "Colours show whether someone other than you can see the data: red for yes, yellow for possible, green for no. The column for you is grey: it says what you can see yourself.";
