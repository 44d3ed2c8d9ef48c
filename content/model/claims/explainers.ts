/** Claims the layer explainers need beyond the visibility model: field-level detail and dashboard metrics. */
import type { AuthoredClaim } from "../authoring";

const verified = "2026-11-22";

export const explainerClaims = [
  {
    id: "at-event-fields",
    statement:
      "An anthropic_access event records when the access happened and when it reached the feed, an anonymous Anthropic actor, the team that looked, a reason code, the message viewed, and the organization and workspace it belongs to.",
    citations: [
      {
        source: "access-transparency",
        quote: "When the access occurred. Might be earlier than when the activity becomes visible in your feed",
      },
      {
        source: "access-transparency",
        quote: "The Anthropic team that performed the access (for example, `Safeguards`)",
      },
      {
        source: "access-transparency",
        quote: "A resource type, currently only `message`. Extensible for future resource types",
      },
      { source: "access-transparency", quote: "The workspace the content belongs to" },
    ],
    verified,
  },
  {
    id: "cmek-preserve-fields",
    statement:
      "A cmek_preserve event carries the same fields as an anthropic_access event; for a preservation, accessed_at is when the content was preserved.",
    citations: [
      {
        source: "access-transparency",
        quote:
          "Preservation events carry the same fields as an `anthropic_access` event; only the event type differs, so a parser that handles one handles both.",
      },
      {
        source: "access-transparency",
        quote: "For preservation events, `accessed_at` records when the content was preserved.",
      },
    ],
    verified,
  },
  {
    id: "usage-analytics-metrics",
    statement:
      "The usage analytics dashboard shows active users per day, week and month, utilization rates and the top connectors.",
    citations: [
      { source: "help-usage-analytics", quote: "Weekly active users (WAU)" },
      { source: "help-usage-analytics", quote: "Daily, weekly, and monthly active users" },
      { source: "help-usage-analytics", quote: "Top connectors" },
    ],
    verified,
  },
  {
    id: "retention-change-immediate",
    statement:
      "When an Enterprise organization shortens its retention period, data outside the new period is deleted as soon as the setting is saved.",
    citations: [
      {
        source: "help-custom-retention",
        quote:
          "When you modify retention settings, any data that falls outside the new retention period will be deleted immediately upon saving.",
      },
    ],
    verified,
  },
  {
    id: "audit-log-export-link",
    statement: "An audit-log export gathers the past 180 days into a file whose download link works for 24 hours.",
    citations: [{ source: "help-audit-logs", quote: "download link, which is active for 24 hours" }],
    verified,
  },
  {
    id: "audit-log-client-platform",
    statement: "The client_platform column of an audit-log row names the mobile platform, iOS or Android.",
    citations: [{ source: "help-audit-logs", quote: "Corresponds to mobile platforms, either iOS or Android" }],
    verified,
  },
] as const satisfies readonly AuthoredClaim[];
