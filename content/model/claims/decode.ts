/** Claims behind the decoder: the shape of Activity Feed records and of Access Transparency events. */
import type { AuthoredClaim } from "../authoring";

const verified = "2026-11-22";

export const decodeClaims = [
  {
    id: "activity-record-shape",
    statement:
      "Each Activity Feed record has an id, the time of the activity, the organization's two identifiers (empty for sign-ins and other events not tied to an organization), an actor and a type, plus fields that depend on the type. A signed-in person appears as an actor with an e-mail address, user id, IP address and browser.",
    citations: [
      {
        source: "compliance-activity-feed",
        quote:
          "Organization where the activity occurred, or `null` for events not tied to an organization (sign-in, sign-out, Compliance API calls).",
      },
      {
        source: "compliance-activity-feed",
        quote: "Type-specific fields, for example `claude_chat_id` on chat events or `filename` on file events.",
      },
      {
        source: "compliance-activity-feed",
        quote:
          "| `user_actor` | A signed-in claude.ai or Claude Console user took the action. | `email_address`, `user_id`, `ip_address`, `user_agent` |",
      },
    ],
    verified: "2026-11-29",
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
      "The Compliance API reference lists more than 460 activity types, starting with abuse_decision_received, account_deleted and admin_api_key_created. Anthropic's guides also name claude_chat_created, claude_file_uploaded, claude_chat_viewed, claude_file_viewed, claude_project_viewed and compliance_api_accessed; a viewed activity means a Claude app loaded the item, not that a person looked at it.",
    citations: [
      {
        source: "compliance-api-reference",
        quote: '"abuse_decision_received" or "account_deleted" or "admin_api_key_created" or 464 more',
      },
      {
        source: "compliance-activity-feed",
        quote: "A `claude_*_viewed` activity means a Claude app loaded content, not that a person viewed it.",
      },
      {
        source: "compliance-activity-feed",
        quote:
          "Types such as `claude_chat_viewed`, `claude_file_viewed`, and `claude_project_viewed` are recorded each time a Claude app loads the chat, file, or project from Anthropic's servers.",
      },
      { source: "compliance-activity-feed", quote: "The activity type, for example `claude_chat_created`." },
      { source: "compliance-activity-feed", quote: "activity_types[]=claude_file_uploaded" },
      {
        source: "compliance-api-access",
        quote: "audit the Activity Feed for `compliance_api_accessed` activities by the compromised key",
      },
    ],
    verified: "2026-11-29",
    note: "Earlier copies of the reference said 302 and then 310 more. This site does not hold the full list, so most types are shown as not in its catalogue.",
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
          "When content is preserved, an event with type `cmek_preserve` is written to your Compliance API Activity Feed.",
      },
    ],
    verified: "2026-11-29",
  },
] as const satisfies readonly AuthoredClaim[];
