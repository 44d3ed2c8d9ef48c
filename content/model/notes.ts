/** Caveats a report shows when their condition holds; general ones first. */
import { account, all, behaviour, surface } from "@/lib/model/conditions";
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
    when: all(behaviour("incognito"), behaviour("projects")),
    text: "Incognito is only available for chats outside projects; chats inside a project are ordinary chats.",
    claims: ["incognito-not-in-projects"],
  },
  {
    id: "partner-cloud-controls",
    when: account("partner-cloud"),
    text: "Your cloud provider has its own logging and transparency controls, which this site does not cover.",
    claims: ["at-not-consumer-or-partner-clouds"],
  },
] satisfies AuthoredNote<ClaimId>[];
