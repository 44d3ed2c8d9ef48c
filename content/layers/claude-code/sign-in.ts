/** The Claude Code sign-in widget: who can retrieve a transcript, by the way a person signs in. */
import type { ClaimId } from "@/content/model/claims";
import { claimsOf } from "@/lib/layers/cited";

export type Holder = { text: string; claims: readonly ClaimId[] };
export type SignIn = { id: string; label: string; holders: readonly Holder[] };

const always = {
  text: "You, and anyone with access to your computer: the local transcripts, kept 30 days by default.",
  claims: ["claude-code-local-transcripts"],
} as const satisfies Holder;

/** The organization's telemetry collector, by whether the session is signed in with a Claude account. */
const collectorWithAccount = {
  text: "Your organization's own telemetry collector, if it collects Claude Code telemetry: usage, costs and tool activity, labelled with your e-mail address; prompt text only if prompt logging is on.",
  claims: ["otel-monitoring", "otel-identity-claude-account", "otel-prompts"],
} as const satisfies Holder;
const collectorAnySignIn = {
  text: "Your organization's own telemetry collector, if it collects Claude Code telemetry: usage, costs and tool activity; prompt text only if prompt logging is on.",
  claims: ["otel-monitoring", "otel-prompts"],
} as const satisfies Holder;
const collectorWithKey = {
  text: "Your organization's own telemetry collector, if it collects Claude Code telemetry: usage, costs and tool activity, labelled with an installation ID unless your organization adds your name; prompt text only if prompt logging is on.",
  claims: ["otel-monitoring", "otel-identity-api-key", "otel-prompts"],
} as const satisfies Holder;

const notReturned = {
  text: "The Compliance API does not return these sessions.",
  claims: ["sessions-not-returned"],
} as const satisfies Holder;

export const signIns = [
  {
    id: "enterprise",
    label: "Enterprise account",
    holders: [
      {
        text: "If the Compliance API is on: whoever holds a Compliance key can retrieve whole sessions (prompts, replies, tool calls and file contents, unmasked), kept 6 years by default or for the custom retention period. The Primary Owner and Owners create such keys.",
        claims: [
          "sessions-captured",
          "sessions-content",
          "sessions-retention",
          "compliance-keys",
          "compliance-keys-for-tools",
        ],
      },
      {
        text: "If your organization uses customer-managed encryption keys, the sessions are listed without their content.",
        claims: ["cmek-local-sessions"],
      },
      {
        text: "If your organization uses Inference hooks, each prompt, tool results included, also goes to its own security server as you send it.",
        claims: ["inference-hooks-transcript", "inference-hooks-surfaces"],
      },
      {
        text: "If you do not know whether these are on, treat them as possible: ask your IT team.",
        claims: ["compliance-api-enabling"],
      },
      always,
      collectorWithAccount,
    ],
  },
  {
    id: "console",
    label: "Console API key",
    holders: [
      notReturned,
      {
        text: "The Console organization's admins can read per-person daily figures (sessions, lines, commits, pull requests, cost), not the words.",
        claims: ["claude-code-analytics-api"],
      },
      {
        text: "Anthropic keeps prompts and outputs for 30 days as standard; Access Transparency can log each human view.",
        claims: ["claude-code-retention", "at-covered-surfaces"],
      },
      always,
      collectorWithKey,
    ],
  },
  {
    id: "cloud",
    label: "Bedrock, Google Cloud or Foundry",
    holders: [
      notReturned,
      {
        text: "Anthropic's Access Transparency does not cover partner clouds; their own controls apply.",
        claims: ["at-not-consumer-or-partner-clouds"],
      },
      always,
      collectorWithKey,
    ],
  },
  {
    id: "zdr",
    label: "Zero data retention",
    holders: [
      {
        text: "The Compliance API does not return sessions under zero data retention.",
        claims: ["sessions-not-returned"],
      },
      {
        text: "Anthropic does not keep prompts and outputs, except sessions flagged for policy violations, kept up to 2 years; Claude Code analytics are not covered.",
        claims: ["zdr-scope", "zdr-enterprise"],
      },
      always,
      collectorAnySignIn,
    ],
  },
] as const satisfies readonly SignIn[];

/** The sign-in shown in the server HTML and before any choice. */
export const defaultSignIn: (typeof signIns)[number]["id"] = "enterprise";

export const signInClaims = claimsOf(signIns.flatMap((signIn): readonly Holder[] => signIn.holders));
