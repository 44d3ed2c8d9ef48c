/** Claims about Inference hooks: an Enterprise organization's own server receiving each prompt's transcript. */
import type { AuthoredClaim } from "../authoring";

const verified = "2026-11-29";

export const inferenceHookClaims = [
  {
    id: "inference-hooks-who",
    statement:
      "Inference hooks are a beta feature for Enterprise organizations; Admins, Owners and the Primary Owner, and any custom role given the same permission, can set them up.",
    citations: [
      {
        source: "inference-hooks",
        quote: "Inference hooks are in beta and available to Claude Enterprise organizations.",
      },
      {
        source: "inference-hooks",
        quote:
          "Configuring them requires the organization:manage permission, which the built-in Admin, Owner, and Primary owner roles hold, as does any custom role granted it.",
      },
    ],
    verified,
  },
  {
    id: "inference-hooks-transcript",
    statement:
      "When Inference hooks are on, Anthropic sends the transcript of each prompt to a server the organization or its security vendor runs, before Claude answers: the text you see, tool calls and their results, and text taken from attachments.",
    citations: [
      {
        source: "inference-hooks",
        quote: "When a user submits a prompt, Anthropic sends the conversation transcript to your AI security server",
      },
      {
        source: "inference-hooks",
        quote: "an HTTPS service that the organization or its security vendor operates, before inference runs",
      },
      {
        source: "inference-hooks",
        quote:
          "Your AI security server sees what the user sees: transcript text, tool calls and their results, and text extracted from attachments.",
      },
    ],
    verified,
  },
  {
    id: "inference-hooks-surfaces",
    statement: "One hook covers chats in claude.ai, Cowork and Claude Code sessions in the Enterprise organization.",
    citations: [
      {
        source: "inference-hooks",
        quote:
          "One hook governs conversations across claude.ai, Cowork, and Claude Code sessions in your Claude Enterprise organization, whether they run on the web, in the desktop app, or in the CLI.",
      },
    ],
    verified,
  },
  {
    id: "inference-hooks-archival",
    statement:
      "The server may keep what it receives: Anthropic lists archiving every transcript as it arrives, and measuring how the organization uses Claude, among the uses of Inference hooks.",
    citations: [
      {
        source: "inference-hooks",
        quote:
          "Real-time transcript archival. Archive each transcript as it arrives and always return allow, as a push-based alternative to polling the Compliance API.",
      },
      {
        source: "inference-hooks",
        quote: "Prompt telemetry. Measure how your organization uses Claude, at the moment of use.",
      },
    ],
    verified,
  },
  {
    id: "inference-hooks-not-sent",
    statement:
      "Inference hooks do not send title-generation requests, system prompts, raw file or image bytes, or voice mode.",
    citations: [
      {
        source: "inference-hooks",
        quote:
          "Ancillary requests, such as conversation title generation, aren't sent to your endpoint, and system prompts and tool definitions are never included in what is sent.",
      },
      { source: "inference-hooks", quote: "Voice mode is not covered." },
      {
        source: "inference-hooks",
        quote: "It never receives raw file or image bytes, system prompts, or Anthropic-internal context.",
      },
    ],
    verified,
  },
  {
    id: "inference-hooks-not-available",
    statement:
      "Inference hooks exist only for Enterprise organizations: not on Amazon Bedrock or Google Cloud, and not for Claude Platform (Console) organizations.",
    citations: [
      { source: "inference-hooks", quote: "Inference hooks are available to Claude Enterprise organizations." },
      { source: "inference-hooks", quote: "Inference hooks are not available on Amazon Bedrock or Google Cloud." },
      {
        source: "inference-hooks",
        quote: "Platform organizations (API access through the Claude Platform) are out of scope.",
      },
    ],
    verified,
  },
  {
    id: "inference-hooks-coverage",
    statement:
      "An organization can leave members of chosen custom roles out, or inspect only a share of requests; by default no one is left out and every covered request is sent.",
    citations: [
      {
        source: "inference-hooks-configuration",
        quote:
          "Under Exclusions, select roles whose members are not covered by Inference hooks: their prompts are never sent to your AI security server.",
      },
      {
        source: "inference-hooks-configuration",
        quote: "The list is empty by default, and with no roles excluded, every governed request is inspected.",
      },
      {
        source: "inference-hooks-configuration",
        quote: "Requests outside the sampled percentage proceed without inspection",
      },
    ],
    verified,
  },
  {
    id: "inference-hooks-recorded",
    statement:
      "Changes to the Inference hooks set-up, and prompts the server refused, are recorded in the organization's Activity Feed.",
    citations: [
      {
        source: "inference-hooks-configuration",
        quote:
          "Inference hooks activity is recorded in your organization's Activity Feed: configuration changes, denials, and requests that proceeded without inspection under your failure handling setting.",
      },
    ],
    verified,
  },
] as const satisfies readonly AuthoredClaim[];
