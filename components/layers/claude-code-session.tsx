import { ClaimLinks } from "@/components/claims/claim-links";
import { Switcher } from "./switcher";

function Step({ leaves, stays, claims }: { leaves: string; stays: string; claims: string[] }) {
  return (
    <dl className="space-y-2">
      <div>
        <dt className="font-semibold">What leaves your machine</dt>
        <dd>
          {leaves}
          <ClaimLinks ids={claims} />
        </dd>
      </div>
      <div>
        <dt className="font-semibold">What stays on your machine</dt>
        <dd>
          {stays}
          <ClaimLinks ids={["claude-code-local-transcripts"]} />
        </dd>
      </div>
    </dl>
  );
}

const transcript = "A plaintext copy of this step in the session transcript under ~/.claude/projects/.";

/** A Claude Code session step by step: what each step sends to Anthropic. */
export function ClaudeCodeSession() {
  const steps = [
    {
      id: "prompt",
      label: "1. You type a prompt",
      body: (
        <Step
          leaves="Your prompt, word for word, sent to Anthropic. If your organization collects telemetry, its collector gets the prompt's length, or its words when prompt logging is on."
          stays={transcript}
          claims={["claude-code-sends", "otel-prompts"]}
        />
      ),
    },
    {
      id: "read",
      label: "2. It reads a file",
      body: (
        <Step
          leaves="The text of the file it read, as the result of a tool call: a file leaves your computer when Claude Code reads it. Telemetry leaves out its path and contents unless your organization turns on logging of tool details, tool content or whole API requests."
          stays={transcript}
          claims={["claude-code-sends", "sessions-content", "otel-tool-details", "otel-prompts"]}
        />
      ),
    },
    {
      id: "command",
      label: "3. It runs a command",
      body: (
        <Step
          leaves="The command it asked to run (a tool call) and the text the command printed (the tool result). Telemetry leaves out the command and its output unless your organization turns on logging of tool details, tool content or whole API requests."
          stays={transcript}
          claims={["sessions-content", "otel-tool-details", "otel-prompts"]}
        />
      ),
    },
    {
      id: "edit",
      label: "4. It proposes an edit",
      body: (
        <Step
          leaves="The edit is Claude's output: it is written by the model at Anthropic and sent back to you, so it is part of the conversation too."
          stays={transcript}
          claims={["claude-code-sends", "sessions-content"]}
        />
      ),
    },
  ];
  return <Switcher legend="Step through a session" options={steps} defaultId="read" panelPrefix="Step" />;
}

function Who({ items }: { items: { text: string; claims: string[] }[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((item) => (
        <li key={item.text}>
          {item.text}
          <ClaimLinks ids={item.claims} />
        </li>
      ))}
    </ul>
  );
}

const always = [
  {
    text: "You, and anyone with access to your computer: the local transcripts, kept 30 days by default.",
    claims: ["claude-code-local-transcripts"],
  },
];

/** The organization's telemetry collector, by whether the session is signed in with a Claude account. */
const collectorWithAccount = {
  text: "Your organization's own telemetry collector, if it collects Claude Code telemetry: usage, costs and tool activity, labelled with your e-mail address; prompt text only if prompt logging is on.",
  claims: ["otel-monitoring", "otel-identity-claude-account", "otel-prompts"],
};
const collectorAnySignIn = {
  text: "Your organization's own telemetry collector, if it collects Claude Code telemetry: usage, costs and tool activity; prompt text only if prompt logging is on.",
  claims: ["otel-monitoring", "otel-prompts"],
};
const collectorWithKey = {
  text: "Your organization's own telemetry collector, if it collects Claude Code telemetry: usage, costs and tool activity, labelled with an installation ID unless your organization adds your name; prompt text only if prompt logging is on.",
  claims: ["otel-monitoring", "otel-identity-api-key", "otel-prompts"],
};

/** Who can retrieve a Claude Code transcript, by the way you sign in. */
export function ClaudeCodeSignIn() {
  const options = [
    {
      id: "enterprise",
      label: "Enterprise account",
      body: (
        <Who
          items={[
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
            ...always,
            collectorWithAccount,
          ]}
        />
      ),
    },
    {
      id: "console",
      label: "Console API key",
      body: (
        <Who
          items={[
            { text: "The Compliance API does not return these sessions.", claims: ["sessions-not-returned"] },
            {
              text: "The Console organization's admins can read per-person daily figures (sessions, lines, commits, pull requests, cost), not the words.",
              claims: ["claude-code-analytics-api"],
            },
            {
              text: "Anthropic keeps prompts and outputs for 30 days as standard; Access Transparency can log each human view.",
              claims: ["claude-code-retention", "at-covered-surfaces"],
            },
            ...always,
            collectorWithKey,
          ]}
        />
      ),
    },
    {
      id: "cloud",
      label: "Bedrock, Google Cloud or Foundry",
      body: (
        <Who
          items={[
            { text: "The Compliance API does not return these sessions.", claims: ["sessions-not-returned"] },
            {
              text: "Anthropic's Access Transparency does not cover partner clouds; their own controls apply.",
              claims: ["at-not-consumer-or-partner-clouds"],
            },
            ...always,
            collectorWithKey,
          ]}
        />
      ),
    },
    {
      id: "zdr",
      label: "Zero data retention",
      body: (
        <Who
          items={[
            {
              text: "The Compliance API does not return sessions under zero data retention.",
              claims: ["sessions-not-returned"],
            },
            {
              text: "Anthropic does not keep prompts and outputs, except sessions flagged for policy violations, kept up to 2 years; Claude Code analytics are not covered.",
              claims: ["zdr-scope", "zdr-enterprise"],
            },
            ...always,
            collectorAnySignIn,
          ]}
        />
      ),
    },
  ];
  return (
    <Switcher
      legend="How do you sign in to Claude Code?"
      options={options}
      defaultId="enterprise"
      panelPrefix="Who can retrieve the transcript, signed in with:"
    />
  );
}
