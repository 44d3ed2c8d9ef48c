/** Caveats a report shows when their condition holds; general ones first. */
import { account, all, behaviour, settingOn, surface } from "@/lib/model/conditions";
import type { AuthoredNote } from "./authoring";
import type { ClaimId } from "./claims";

export const notes = [
  {
    id: "device-monitoring",
    when: all(),
    text: "Your employer's own security tools on a work computer or network can see what you type into websites and apps, Claude included, whatever plan you use.",
    claims: ["device-monitoring-third-party"],
  },
  {
    id: "anthropic-tools-only",
    when: all(),
    text: "This report covers what Anthropic's tools show. What your organization's own systems record, such as an application that calls the API, is up to your organization.",
    claims: ["customer-controls-data"],
  },
  {
    id: "primary-owner-may-be-a-service-account",
    when: account("team", "enterprise"),
    text: 'Your organization\'s Primary Owner may be a service account rather than a person, so "the Primary Owner" can mean whoever controls that account.',
    claims: ["single-primary-owner"],
  },
  {
    id: "public-sector-no-compliance-api",
    when: account("enterprise"),
    text: "Public Sector Enterprise organizations do not have the Compliance API.",
    claims: ["compliance-api-plans"],
  },
  {
    id: "sessions-not-captured",
    when: all(account("enterprise"), surface("claude-code-work-login")),
    text: "The Compliance API does not capture Claude Code on the web, or any session in an organization set up for HIPAA readiness; if yours is, the Claude Code rows overstate what is captured.",
    claims: ["sessions-not-returned"],
  },
  {
    id: "claude-code-local-copies",
    when: surface("claude-code-work-login", "claude-code-api-key"),
    text: "Claude Code keeps plaintext copies of your sessions on your computer, under ~/.claude/projects/, for 30 days by default.",
    claims: ["claude-code-local-transcripts"],
  },
  {
    id: "claude-code-feedback",
    when: surface("claude-code-work-login", "claude-code-api-key"),
    text: "Transcripts you send with /feedback, /bug or /share are kept by Anthropic for 5 years.",
    claims: ["claude-code-feedback"],
  },
  {
    id: "incognito-outside-projects",
    when: all(surface("claude-apps"), behaviour("incognito"), behaviour("projects")),
    text: "Incognito is only available for chats outside projects; chats inside a project are ordinary chats.",
    claims: ["incognito-not-in-projects"],
  },
  {
    id: "cmek-enterprise",
    when: all(account("enterprise"), settingOn("cmek")),
    text: "With customer-managed encryption keys, your chat titles are encrypted and you cannot search your chat history. The audit-log export is switched off, the Compliance API returns no content from Cowork and Claude Code sessions run on your computer, and the links organization data exports are delivered through are switched off. These keys protect only what was written after they took effect.",
    claims: [
      "cmek-titles-search",
      "cmek-audit-log-off",
      "cmek-local-sessions",
      "cmek-exports-signed-urls",
      "cmek-who-configures",
    ],
  },
  {
    id: "inference-hooks-gaps",
    when: all(account("enterprise"), settingOn("inference-hooks")),
    text: "Inference hooks do not send voice mode or the requests that name your chats, and Anthropic's page does not say whether incognito chats are sent, so assume they may be. Changes to the hook set-up and refused prompts are recorded in your organization's Activity Feed.",
    claims: ["inference-hooks-not-sent", "inference-hooks-surfaces", "inference-hooks-recorded"],
  },
  {
    id: "partner-cloud-controls",
    when: account("partner-cloud"),
    text: "Your cloud provider has its own logging and transparency controls, which this site does not cover.",
    claims: ["at-not-consumer-or-partner-clouds"],
  },
  {
    id: "domain-claim-choice",
    when: all(account("personal"), settingOn("work-email")),
    text: "If your employer's Enterprise organization claims your e-mail domain, you get an e-mail and a notice in Claude and at least 30 days to choose. Merge and join moves your chats, projects, files and memory into the organization for good; join fresh leaves them behind, so export them first if you want a copy. Organizations with HIPAA readiness or customer-managed encryption keys offer only join fresh. If you do not choose, you get a fresh account and lose access to the personal one. Joining your employer's Team or Enterprise organization on the same address also offers to bring your personal data along; that is your choice too, and cannot be undone.",
    claims: [
      "domain-claim-notice",
      "domain-claim-merge",
      "domain-claim-join-fresh",
      "domain-claim-hipaa-cmek",
      "personal-account-voluntary-move",
    ],
  },
  {
    id: "personal-account-on-work-address",
    when: account("team", "enterprise"),
    text: "A personal Free, Pro or Max account on your work address is separate from this one until it is moved: on Enterprise your organization can claim it, and on Team or Enterprise you can move it yourself. What moves becomes your organization's data and cannot be moved back. In the Claude apps, a blue checkmark in the account menu shows which account you are using.",
    claims: [
      "domain-claim-enterprise-only",
      "personal-account-voluntary-move",
      "domain-claim-merge",
      "which-account-apps",
    ],
  },
  {
    id: "memory-follows-chats",
    when: all(account("personal", "team", "enterprise"), surface("claude-apps")),
    text: "Claude's memory is included in data exports and kept under the same retention as your chats; incognito chats are not saved to it. On personal plans, deleting a chat does not remove what memory learned from it: delete those entries in Settings > Memory.",
    claims: [
      "memory-in-exports",
      "memory-retention",
      "memory-not-incognito",
      "memory-outlives-deleted-chats",
      "memory-you-control",
    ],
  },
  {
    id: "shared-chats-stay-inside",
    when: all(account("team", "enterprise"), surface("claude-apps")),
    text: "A chat you share can be opened only by members of your organization, and the shared copy leaves out attached files and the raw results of connected tools.",
    claims: ["shared-chats-in-organization"],
  },
  {
    id: "chat-loads-recorded",
    when: all(account("enterprise"), surface("claude-apps"), settingOn("compliance-api")),
    text: "When the Compliance API is on, its Activity Feed records each time a Claude app loads a chat, file or project, and by whom. A load is not proof that anyone read it.",
    claims: ["activity-feed-views"],
  },
  {
    id: "chat-feedback",
    when: all(account("team", "enterprise"), surface("claude-apps")),
    text: "If you rate a reply with thumbs up or down, Anthropic keeps what goes with the rating for 5 years. Owners and the Primary Owner can switch rating off for the organization.",
    claims: ["chat-feedback"],
  },
  {
    id: "claude-code-session-survey",
    when: surface("claude-code-work-login", "claude-code-api-key"),
    text: "When Claude Code asks how a session went, only your rating is recorded. If you then agree to share the session, its transcript and log, file contents included, go to Anthropic and are kept for up to 6 months; on Bedrock, Google Cloud and Foundry they are saved to a local file instead.",
    claims: ["claude-code-session-survey"],
  },
  {
    id: "spend-report-names-you",
    when: account("team", "enterprise"),
    text: "The spend report Owners and the Primary Owner can download has a row for each person and model, with your e-mail address, account ID, the product used, requests, tokens and spend, for up to the past 90 days.",
    claims: ["usage-analytics-spend"],
  },
  {
    id: "analytics-keys-in-cost-tools",
    when: account("enterprise"),
    text: "Cost-management vendors describe connecting their tools to the Enterprise Analytics API with a key your Primary Owner creates. If your organization has done this, such a tool holds the same per-person usage and spend figures.",
    claims: ["analytics-keys-in-cost-tools"],
  },
] satisfies AuthoredNote<ClaimId>[];
