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
    ],
    verified,
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
] as const satisfies readonly AuthoredClaim[];
