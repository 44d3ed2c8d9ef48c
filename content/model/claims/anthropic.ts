/** Claims about Anthropic's own access: automated processing, staff review, Access Transparency, retention. */
import type { AuthoredClaim } from "../authoring";

const verified = "2026-11-22";

export const anthropicClaims = [
  {
    id: "automated-processing",
    statement:
      "Anthropic's automated systems, such as model serving, safety classifiers and abuse-detection pipelines, process content as part of normal operation.",
    citations: [
      { source: "access-transparency", quote: "Model serving, safety classifiers, and abuse-detection pipelines" },
    ],
    verified,
  },
  {
    id: "staff-access-reasons",
    statement: "Anthropic staff view retained customer content only for safety review or incident response.",
    citations: [{ source: "access-transparency", quote: "Access occurs only for safety review or incident response." }],
    verified,
  },
  {
    id: "at-covered-surfaces",
    statement:
      "Access Transparency covers prompts and responses sent through the Claude API and Claude Code used with an API key (and Claude Platform on AWS).",
    citations: [
      {
        source: "access-transparency",
        quote: "prompt and response content sent through the Claude Messages API or Claude Code sessions",
      },
      { source: "access-transparency", quote: "API traffic from Claude Code is covered as Claude API traffic" },
      {
        source: "access-transparency",
        quote:
          "Claude Platform on AWS generates Access Transparency events within the Compliance API (not AWS CloudTrail)",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "at-exclusions",
    statement:
      "Access Transparency does not cover the Claude API's Batch and Files APIs, the Playground in the Claude Console, or anything else zero data retention does not cover.",
    citations: [
      {
        source: "access-transparency",
        quote: "The Claude API Batch and Files APIs are not covered, just like they are not covered by ZDR",
      },
      { source: "access-transparency", quote: "| Playground (Claude Console) | No | Not covered |" },
      {
        source: "access-transparency",
        quote:
          "Products that are not covered by ZDR (for example, the Files API, Anthropic-hosted stateful applications, and the Batch API) are not covered by Access Transparency.",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "at-coverage-timing",
    statement:
      "Access Transparency covers content from the time it is enabled, which can take up to two hours to apply; Anthropic does not guarantee that content written before then is covered.",
    citations: [
      {
        source: "access-transparency",
        quote: "Access Transparency applies from the time it is enabled for your organization.",
      },
      {
        source: "access-transparency",
        quote: "Anthropic does not guarantee coverage for content written before enablement.",
      },
      {
        source: "access-transparency",
        quote:
          "There might be a delay of up to two hours between enabling Access Transparency and your content being covered.",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "at-not-claude-apps",
    statement:
      "Access Transparency does not cover claude.ai Enterprise seats, Claude for Work (Team), Cowork or Claude in Chrome.",
    citations: [
      {
        source: "access-transparency",
        quote: "claude.ai Enterprise seats, Claude for Work, Cowork, and Claude in Chrome are not covered.",
      },
    ],
    verified,
  },
  {
    id: "at-not-consumer-or-partner-clouds",
    statement:
      "Access Transparency does not cover the Free, Pro and Max plans, or Claude on Amazon Bedrock, Google Cloud or Microsoft Foundry.",
    citations: [
      { source: "access-transparency", quote: "Consumer plans are not eligible" },
      {
        source: "access-transparency",
        quote: "Partner-operated platforms; refer to those platforms' transparency controls",
      },
    ],
    verified,
  },
  {
    id: "at-on-request",
    statement:
      "Access Transparency is enabled by Anthropic for eligible customers on request; an organization cannot switch it on itself.",
    citations: [
      { source: "access-transparency", quote: "available to eligible customers on request and is not self-serve." },
    ],
    verified,
  },
  {
    id: "at-events",
    statement:
      "With Access Transparency, each human view of covered content by an Anthropic employee writes an anthropic_access event to the organization's Activity Feed, without naming the employee.",
    citations: [
      {
        source: "access-transparency",
        quote: "by an Anthropic employee writes an `anthropic_access` activity to your Compliance API Activity Feed.",
      },
      { source: "access-transparency", quote: "Individual employee identity is not disclosed" },
    ],
    verified,
  },
  {
    id: "at-delivery",
    statement:
      "Access Transparency events reach the Activity Feed within two business days of the access or preservation they record.",
    citations: [
      {
        source: "access-transparency",
        quote:
          "delivered to your Compliance API feed within two business days of the access or preservation they record",
      },
    ],
    verified,
  },
  {
    id: "at-reason-codes",
    statement:
      "Human access and preservation carry one of four reason codes, a closed set: safety review, incident response, policy-violation investigation and child-safety (CSAE) report.",
    citations: [
      { source: "access-transparency", quote: "Content was viewed as part of a usage-policy or safety investigation" },
      { source: "access-transparency", quote: "Content was preserved as evidence for a child safety (CSAE) report" },
    ],
    verified,
    note: "The July 10, 2026 release note added the two preservation codes; older copies of the page list only safety_review and incident_response.",
  },
  {
    id: "at-automated-not-logged",
    statement:
      "Automated processing writes no Access Transparency event, so an empty feed means no person at Anthropic viewed the content, not that no system processed it.",
    citations: [
      {
        source: "access-transparency",
        quote:
          "An empty feed means no human at Anthropic has viewed your content; it does not mean your content was not processed by automated systems.",
      },
    ],
    verified,
  },
  {
    id: "cmek-preserve",
    statement:
      "In rare cases Anthropic preserves content beyond the standard retention window. When it does, a cmek_preserve event is written whether a person or an automated safety pipeline started the preservation; for CMEK organizations the preserved content is re-encrypted outside the customer's key.",
    citations: [
      {
        source: "access-transparency",
        quote: "In rare cases, Anthropic preserves specific content beyond the standard retention window",
      },
      {
        source: "access-transparency",
        quote:
          "the event is written whether the preservation was initiated by a human reviewer or by an automated safety pipeline",
      },
      { source: "access-transparency", quote: "Preserved content is re-encrypted outside your customer-managed key" },
    ],
    verified,
    note: "Older copies of the page said a preservation event always follows an anthropic_access event; the July 2026 version no longer does.",
  },
  {
    id: "api-retention",
    statement:
      "How long Anthropic keeps Claude API prompts and outputs: the privacy centre says they are deleted within 30 days; the API retention page says they are not retained by default.",
    citations: [
      {
        source: "privacy-retention",
        quote: "we automatically delete inputs and outputs on our backend within 30 days of receipt or generation",
      },
      {
        source: "api-data-retention",
        quote:
          "Conversation content (your prompts and Claude's outputs) is not retained by default; the exception is Covered Models, which require 30-day retention.",
      },
    ],
    verified,
    dispute: {
      resolution:
        "The site gives up to 30 days as the standard window, following the privacy centre, and shows the API page's wording beside it. Both are shorter than what organizations' own tools keep.",
    },
  },
  {
    id: "usage-policy-flags",
    statement:
      "Content flagged under the Usage Policy may be kept for up to 2 years, and classifier scores for up to 7 years.",
    citations: [
      { source: "privacy-retention", quote: "up to 2 years" },
      { source: "privacy-retention", quote: "up to 7 years" },
    ],
    verified,
  },
  {
    id: "work-chats-retained",
    statement: "For Team and Enterprise organizations, Anthropic keeps chats and coding sessions in the product.",
    citations: [{ source: "privacy-retention", quote: "we retain your chats and coding sessions in the product" }],
    verified,
  },
  {
    id: "deleted-chat-leaves-history",
    statement: "A chat you delete is removed from your chat history immediately.",
    citations: [{ source: "privacy-retention", quote: "Removed from your chat history immediately" }],
    verified,
  },
  {
    id: "deleted-chat-retention",
    statement:
      "How long a deleted chat lasts: the privacy centre says deleted chats leave back-end storage within 30 days; the Compliance API page says soft-deleted chats stay retrievable through the Compliance API until they are hard-deleted or the retention period ends.",
    citations: [
      { source: "privacy-retention", quote: "Deleted from our back-end storage systems within 30 days" },
      {
        source: "compliance-content-data",
        quote:
          "Chats that a user has soft-deleted in claude.ai remain visible through the Compliance API with `deleted_at` populated",
      },
    ],
    verified,
    dispute: {
      resolution:
        "For an Enterprise organization with the Compliance API on, the site follows the Compliance API page, which describes that case specifically: a deleted chat stays readable there until retention removes it. Elsewhere it uses the 30-day figure.",
    },
  },
  {
    id: "consumer-retention",
    statement:
      "On the Free, Pro and Max plans, Anthropic keeps chats in its back-end storage for up to 30 days if you do not let it use them to improve Claude, and keeps your data for up to 5 years if you do. Content flagged as breaking the Usage Policy may be kept for up to 2 years.",
    citations: [
      {
        source: "privacy-consumer-retention",
        quote:
          "If you choose not to allow us to use your chats and coding sessions to improve Claude, your chats will be retained in our back-end storage systems for up to 30 days.",
      },
      {
        source: "privacy-consumer-retention",
        quote:
          "If you allow us to use your chats or coding sessions to improve Claude, we will retain your data for up to 5 years.",
      },
      {
        source: "privacy-consumer-retention",
        quote:
          "We retain inputs and outputs for up to 2 years and trust and safety classification scores for up to 7 years if your chat or session is flagged",
      },
    ],
    verified: "2026-11-29",
    note: "These are the page's own terms; it does not say how the 30 days relate to chats that stay in your chat history.",
  },
  {
    id: "consumer-deleted-chats",
    statement:
      "On the Free, Pro and Max plans, a chat you delete leaves your chat history at once and Anthropic's back-end storage within 30 days.",
    citations: [
      { source: "privacy-consumer-retention", quote: "Removed from your chat history immediately" },
      { source: "privacy-consumer-retention", quote: "Deleted from our back-end storage systems within 30 days" },
    ],
    verified: "2026-11-29",
  },
  {
    id: "consumer-claude-code-retention",
    statement:
      "Claude Code used with a Free, Pro or Max account follows the consumer rules: Anthropic keeps its data for 30 days, or for 5 years if you allow it to be used to improve Claude.",
    citations: [
      {
        source: "claude-code-data-usage",
        quote:
          "Users who allow data use for model improvement: 5-year retention period to support model development and safety improvements",
      },
      {
        source: "claude-code-data-usage",
        quote: "Users who don't allow data use for model improvement: 30-day retention period",
      },
      {
        source: "privacy-consumer-retention",
        quote:
          "This article is about our consumer products (e.g. Claude Free, Claude Pro, Max (and when using Claude Code with those accounts)",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "session-retention-windows",
    statement:
      "Through the Compliance API, local sessions (Claude Code, and Cowork in Claude Desktop) are kept for 6 years by default, or for the organization's custom retention period when a finite one is set, whether shorter or longer, and the shortest if several are set; Cowork sessions run in the cloud are kept for 6 years.",
    citations: [
      {
        source: "compliance-sessions",
        quote:
          "| Retention | 6 years by default, or your organization's custom conversation retention period when a finite one is set | 6 years |",
      },
      {
        source: "compliance-sessions",
        quote:
          "that period applies instead, whether it is shorter or longer than the default; when the organization has more than one custom retention period configured, the shortest applies.",
      },
      {
        source: "api-data-retention",
        quote: "Remote session transcripts (Cowork in the cloud) are retained for 6 years.",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "zdr-sign-in-scope",
    statement:
      "Zero data retention covers only requests signed in to the organization that has it: Claude Code signed in with a personal account, or with another organization's API key, is not covered.",
    citations: [
      {
        source: "claude-code-zdr",
        quote:
          "If a developer signs in to Claude Code with a personal account or with an API key from a different organization, those sessions are not covered.",
      },
    ],
    verified: "2026-11-29",
  },
] as const satisfies readonly AuthoredClaim[];
