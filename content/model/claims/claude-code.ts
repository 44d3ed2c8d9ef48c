/** Claims about Claude Code: what it sends, what it keeps, and the analytics and telemetry around it. */
import type { AuthoredClaim } from "../authoring";

const verified = "2026-11-22";

export const claudeCodeClaims = [
  {
    id: "claude-code-sends",
    statement:
      "Claude Code runs on your computer but sends your prompts and Claude's outputs to Anthropic; files leave your computer when Claude Code reads them into a session.",
    citations: [
      {
        source: "claude-code-data-usage",
        quote: "This data includes all user prompts and model outputs, encrypted in transit via TLS 1.2+.",
      },
      {
        source: "compliance-sessions",
        quote: "user prompts, assistant text, tool calls, and the text portions of tool results",
      },
    ],
    verified,
  },
  {
    id: "claude-code-retention",
    statement: "For Team, Enterprise and API users, Anthropic's standard retention period for Claude Code is 30 days.",
    citations: [{ source: "claude-code-data-usage", quote: "Standard: 30-day retention period" }],
    verified,
  },
  {
    id: "claude-code-local-transcripts",
    statement:
      "Claude Code keeps plaintext session transcripts on your computer under ~/.claude/projects/ for 30 days by default; cleanupPeriodDays changes the period.",
    citations: [
      {
        source: "claude-code-data-usage",
        quote:
          "Claude Code clients store session transcripts locally in plaintext under `~/.claude/projects/` for 30 days by default",
      },
      { source: "claude-code-data-usage", quote: "Adjust the period with `cleanupPeriodDays`." },
    ],
    verified,
  },
  {
    id: "claude-code-feedback",
    statement: "Transcripts you share through /feedback, /bug or /share are kept for 5 years.",
    citations: [
      { source: "claude-code-data-usage", quote: "Transcripts shared via `/feedback`, or via `/bug` and `/share`" },
      { source: "claude-code-data-usage", quote: "are retained for 5 years" },
    ],
    verified,
  },
  {
    id: "zdr-enterprise",
    statement:
      "Zero data retention for Claude Code is not part of the standard Enterprise plan; Anthropic's account team enables it per organization.",
    citations: [
      {
        source: "claude-code-data-usage",
        quote:
          "ZDR is not included in the standard Enterprise plan; it is enabled on a per-organization basis by your account team after confirming eligibility.",
      },
    ],
    verified,
  },
  {
    id: "zdr-scope",
    statement:
      "Zero data retention applies to eligible APIs and to products using an organization's API key, such as Claude Code; it does not cover claude.ai chats, Cowork or Claude Code analytics, and flagged sessions may be kept up to 2 years.",
    citations: [
      {
        source: "privacy-zdr",
        quote:
          "the only products to which zero data retention applies are eligible Anthropic APIs, and Anthropic products that use your Commercial organization API key (including Claude Code)",
      },
      { source: "claude-code-zdr", quote: "collects productivity metadata such as account email and usage statistics" },
      { source: "claude-code-zdr", quote: "up to 2 years" },
    ],
    verified,
  },
  {
    id: "claude-code-dashboard",
    statement:
      "On Team and Enterprise, Admins and Owners can open the Claude Code analytics dashboard, with lines of code accepted, accept rates, sessions and a leaderboard of top contributors.",
    citations: [
      {
        source: "claude-code-analytics",
        quote: "Navigate to claude.ai/analytics/claude-code. Admins and Owners can view the dashboard.",
      },
      {
        source: "claude-code-analytics",
        quote: "lines of code accepted, suggestion accept rate, daily active users and sessions",
      },
      { source: "claude-code-analytics", quote: "Leaderboard: top contributors" },
    ],
    verified,
  },
  {
    id: "claude-code-contribution-zdr",
    statement:
      "Contribution metrics (pull requests and lines shipped) are not available to organizations with zero data retention.",
    citations: [
      {
        source: "claude-code-analytics",
        quote: "Contribution metrics are not available for organizations with Zero Data Retention enabled.",
      },
    ],
    verified,
  },
  {
    id: "claude-code-analytics-api",
    statement:
      "A Console organization's admins can read per-user daily Claude Code figures (sessions, lines, commits, pull requests, estimated cost) through the Claude Code Analytics API.",
    citations: [
      {
        source: "claude-code-analytics-api",
        quote: "sessions, lines of code added/removed, commits, and pull requests",
      },
      { source: "claude-code-analytics-api", quote: "estimated costs and token usage broken down by Claude model" },
      {
        source: "claude-code-analytics-api",
        quote: "Only organization members with the admin role can provision Admin API keys",
      },
    ],
    verified,
  },
  {
    id: "otel-monitoring",
    statement:
      "An organization can export Claude Code usage, costs and tool activity to its own OpenTelemetry collector, configured by administrators through managed settings on each computer.",
    citations: [
      {
        source: "claude-code-monitoring",
        quote:
          "Track Claude Code usage, costs, and tool activity across your organization by exporting telemetry data through OpenTelemetry",
      },
      { source: "claude-code-monitoring-de", quote: "managed-settings.json" },
    ],
    verified,
  },
  {
    id: "otel-prompts-third-party",
    statement:
      "Third-party descriptions say Claude Code's telemetry leaves prompt text out unless OTEL_LOG_USER_PROMPTS=1 is set; Anthropic's wording was not checked.",
    citations: [{ source: "otel-third-party", quote: "OTEL_LOG_USER_PROMPTS=1" }],
    verified,
  },
] as const satisfies readonly AuthoredClaim[];
