/** Change-log entries for this topic; see authoring.ts for the shape. */
import type { AuthoredChange } from "./authoring";

export const telemetryChanges = [
  {
    id: "cowork-telemetry",
    date: "2026-08-11",
    recorded: "2026-11-29",
    title: "Cowork can stream your prompts to your organization's collector",
    summary:
      "Anthropic documents an OpenTelemetry export for Cowork on Team and Enterprise, set up in claude.ai under Organization settings > Cowork, that includes the full text of prompts by default, tool and MCP parameters, file paths and each user's e-mail address. The site now asks about Cowork telemetry as its own setting, separate from Claude Code telemetry, and no longer says the collector receives nothing from Cowork.",
    sources: ["help-cowork-otel", "help-cowork-team-enterprise"],
    claims: ["cowork-otel", "cowork-otel-content"],
    layers: ["claude-code"],
    verdicts: [
      {
        accounts: ["team", "enterprise"],
        data: "cowork-sessions",
        audience: "telemetry-collector",
        before: "no",
        after: "yes",
        when: "when Cowork telemetry is on",
      },
      {
        accounts: ["team", "enterprise"],
        data: "cowork-sessions",
        audience: "telemetry-collector",
        before: "no",
        after: "possible",
        when: "when you do not know whether Cowork telemetry is on",
      },
      {
        accounts: ["team", "enterprise"],
        data: "telemetry",
        audience: "telemetry-collector",
        before: "no",
        after: "yes",
        when: "when you use Cowork without Claude Code and Cowork telemetry is on",
      },
      {
        accounts: ["team", "enterprise"],
        data: "chat-content",
        audience: "telemetry-collector",
        before: "no",
        after: "possible",
        when: "when you use Claude in Chrome and Cowork telemetry is on, since its side panel runs as a Cowork session",
      },
      {
        accounts: ["team", "enterprise"],
        data: "telemetry",
        audience: "anthropic-automated",
        before: "no",
        after: "possible",
        when: "when you use Cowork without Claude Code and Cowork telemetry is on: the page does not say whether Anthropic keeps a copy",
      },
    ],
  },
  {
    id: "claude-code-telemetry-official",
    date: "2026-08-22",
    recorded: "2026-11-29",
    title: "Claude Code telemetry now rests on Anthropic's own pages",
    summary:
      'Anthropic\'s monitoring page says what Claude Code telemetry carries: the e-mail address of a signed-in Claude account, personal ones included, but prompt text, tool details and file contents only when switches such as OTEL_LOG_USER_PROMPTS are set; its server-managed settings page says Owners can push all of this from the claude.ai console. The site replaces its third-party sources with these pages, answers "yes" where they leave no doubt, and asks separately whether prompt text is recorded.',
    sources: [
      "claude-code-monitoring",
      "claude-code-server-managed-settings",
      "claude-code-managed-settings",
      "claude-code-settings",
      "claude-code-data-usage",
    ],
    claims: [
      "otel-monitoring",
      "otel-managed-settings-reach",
      "otel-identity-claude-account",
      "otel-identity-api-key",
      "otel-prompts",
      "otel-tool-details",
      "otel-not-to-anthropic",
      "claude-code-operational-metrics",
      "otel-endpoint-approval",
      "managed-settings-status",
    ],
    layers: ["claude-code"],
    verdicts: [
      {
        accounts: ["personal"],
        data: "telemetry",
        audience: "telemetry-collector",
        before: "possible",
        after: "yes",
        when: "when Claude Code telemetry is set up on the computer you use",
      },
      {
        accounts: ["personal", "team", "enterprise", "console", "partner-cloud"],
        data: "claude-code-transcripts",
        audience: "telemetry-collector",
        before: "possible",
        after: "yes",
        when: "when Claude Code telemetry is on and records prompt text",
      },
    ],
  },
] as const satisfies readonly AuthoredChange[];
