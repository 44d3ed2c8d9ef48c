import type { AudienceId } from "@/lib/model/vocabulary";

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
