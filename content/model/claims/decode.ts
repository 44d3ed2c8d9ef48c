/** Claims behind the decoder: the shape of Activity Feed records and of Access Transparency events. */
import type { AuthoredClaim } from "../authoring";

const verified = "2026-11-22";

export const decodeClaims = [
  {
    id: "activity-record-shape",
    statement:
      "Each Activity Feed record has an id, a time, the organization's two identifiers, an actor (type, e-mail address, user id, IP address and browser) and a type, plus identifiers that depend on the type.",
    citations: [
      {
        source: "compliance-activity-feed",
        quote:
          "`id`, `created_at`, `organization_id`, `organization_uuid`, `actor{type,email_address,user_id,ip_address,user_agent}`, `type`, plus type-specific IDs such as `claude_chat_id`",
      },
    ],
    verified,
  },
  {
    id: "activity-feed-envelope",
    statement:
      "The Activity Feed answers in pages: each response holds a list of activities and the fields has_more, first_id and last_id.",
    citations: [
      {
        source: "access-transparency",
        quote:
          "the response envelope (`has_more`, `first_id`, `last_id`) are shared with the rest of the Activity Feed",
      },
    ],
    verified,
  },
  {
    id: "activity-type-examples",
    statement:
      "The Compliance API reference lists more than 300 activity types; the names it shows include audit-log exports started and accessed, chats created and viewed, failed chat access, artifacts viewed, files uploaded and Compliance API access.",
    citations: [
      { source: "compliance-api-reference", quote: "account_deleted … or 310 more" },
      {
        source: "compliance-api-reference",
        quote:
          "`audit_log_export_accessed`, `audit_log_export_started`, `claude_artifact_viewed`, `claude_chat_access_failed`, `claude_chat_created`, `claude_chat_viewed`, `claude_file_uploaded` and `compliance_api_accessed`",
      },
    ],
    verified,
    note: "An older copy of the reference said 302 more. This site does not hold the full list, so most types are shown as not in its catalogue.",
  },
  {
    id: "at-event-timing",
    statement:
      "An Access Transparency event records when the access happened (accessed_at) and when it appeared in the feed (created_at), the Anthropic team involved and the reason code; preservation events carry the same fields, with accessed_at giving the time of preservation.",
    citations: [
      {
        source: "access-transparency",
        quote:
          "the `accessed_at` timestamp reflects when the access occurred, which might be up to two business days before the activity becomes visible in your feed",
      },
      {
        source: "access-transparency",
        quote: "The Anthropic team that performed the access (for example, `Safeguards`)",
      },
      {
        source: "access-transparency",
        quote:
          "Preservation events carry the same fields as an `anthropic_access` event; only the event type differs, so a parser that handles one handles both.",
      },
      {
        source: "access-transparency",
        quote: "For preservation events, `accessed_at` records when the content was preserved.",
      },
      {
        source: "access-transparency",
        quote:
          "When content is preserved, an event with type `cmek_preserve` is written to your Compliance API Activity Feed, carrying a reason code from the same closed set and the same fields as an access event.",
      },
    ],
    verified,
  },
] as const satisfies readonly AuthoredClaim[];
