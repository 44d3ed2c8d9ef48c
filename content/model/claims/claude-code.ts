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
      "Zero data retention for Claude Code is not part of the standard Enterprise plan and cannot be switched on from the admin settings; Anthropic enables it per organization.",
    citations: [
      {
        source: "claude-code-zdr",
        quote:
          "ZDR is not included in the standard Claude for Enterprise plan and cannot be enabled from your admin settings.",
      },
      { source: "claude-code-zdr", quote: "ZDR is enabled on a per-organization basis." },
    ],
    verified: "2026-11-29",
  },
  {
    id: "zdr-scope",
    statement:
      "Zero data retention applies to eligible Anthropic APIs, to products that use an organization's API key (including Claude Code used that way) and to Claude Code on Enterprise plans. It does not cover claude.ai chats, Cowork, or the account emails and usage statistics behind Claude Code analytics; Anthropic still keeps safety classifier results, and may keep a flagged session for up to 2 years.",
    citations: [
      {
        source: "privacy-zdr",
        quote:
          "the only products to which zero data retention applies are eligible Anthropic APIs, Anthropic products that use your Commercial organization API key (including Claude Code accessed via the API), and Claude Code for Enterprise plans.",
      },
      {
        source: "privacy-zdr",
        quote:
          "Under these arrangements, Anthropic still retains User Safety classifier results in order to enforce our Usage Policy.",
      },
      {
        source: "claude-code-zdr",
        quote: "Chat conversations through the Claude for Enterprise web interface are not covered by ZDR.",
      },
      { source: "claude-code-zdr", quote: "Cowork sessions are not covered by ZDR." },
      {
        source: "claude-code-zdr",
        quote: "collects productivity metadata such as account emails and usage statistics",
      },
      {
        source: "claude-code-zdr",
        quote:
          "If a session is flagged for a policy violation, Anthropic may retain the associated inputs and outputs for up to 2 years",
      },
    ],
    verified: "2026-11-29",
    note: "Until 2026 the privacy centre named only eligible APIs and products using an organization's API key; the newer page adds Claude Code for Enterprise plans.",
  },
  {
    id: "claude-code-dashboard",
    statement:
      "Who can open the Claude Code analytics dashboard, with lines of code accepted, accept rates, sessions and a leaderboard of top contributors: the Claude Code docs say Admins and Owners on Team and Enterprise; the help article says Owners and Primary Owners on Team, and Owners, Primary Owners and Admins on Enterprise.",
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
      { source: "help-claude-code-analytics", quote: "Team plans: Owners and Primary Owners" },
      { source: "help-claude-code-analytics", quote: "Enterprise plans: Owners, Primary Owners, and Admins" },
    ],
    verified: "2026-11-29",
    dispute: {
      resolution:
        'Both pages agree on Owners and the Primary Owner, and on Admins on Enterprise, so those get "yes". They disagree on Admins on Team, who get "possible", with the question to ask an Owner.',
    },
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
        source: "admin-api-keys",
        quote: "Only organization members with the admin role can create Admin API keys.",
      },
      {
        source: "claude-code-analytics-api",
        quote: "There is no specified deletion period for this data.",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "otel-monitoring",
    statement:
      "An organization can have Claude Code send usage, costs and tool activity to an OpenTelemetry collector it runs. Administrators set it up through managed settings on each computer, and on Team and Enterprise an Owner can also push it from the claude.ai console as server-managed settings.",
    citations: [
      {
        source: "claude-code-monitoring",
        quote:
          "Track Claude Code usage, costs, and tool activity across your organization by exporting telemetry data through OpenTelemetry",
      },
      {
        source: "claude-code-monitoring",
        quote: "Administrators can configure OpenTelemetry settings for all users through the managed settings file.",
      },
      {
        source: "claude-code-server-managed-settings",
        quote:
          "Server-managed settings let organization Owners centrally configure Claude Code from Admin Settings > Claude Code > Managed settings in the claude.ai console.",
      },
      {
        source: "claude-code-server-managed-settings",
        quote: "when users authenticate with a Team or Enterprise OAuth login",
      },
      { source: "claude-code-server-managed-settings", quote: "the OTEL_LOG_* content-capture toggles" },
    ],
    verified: "2026-11-29",
  },
  {
    id: "otel-managed-settings-reach",
    statement:
      "Managed settings apply one policy to every Claude Code session they reach: a managed-settings file or device policy covers every session on the computer, so telemetry it configures is sent whichever Claude account signs in there.",
    citations: [
      {
        source: "claude-code-managed-settings",
        quote:
          "A managed settings file, an MDM profile, or the claude.ai console applies one policy to everyone it reaches.",
      },
      {
        source: "claude-code-settings",
        quote:
          "every project on every machine your organization deploys it to, or that you sign in to with your organization account",
      },
      {
        source: "claude-code-monitoring",
        quote: "Administrators can configure OpenTelemetry settings for all users through the managed settings file.",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "otel-identity-claude-account",
    statement:
      "When Claude Code is signed in with a Claude account, personal Pro or Max accounts included, every telemetry event carries the account's e-mail address and account ID, which ties each tool call and decision to the person.",
    citations: [
      {
        source: "claude-code-monitoring",
        quote: "When authenticated via OAuth, user.email is included in telemetry attributes.",
      },
      {
        source: "claude-code-monitoring",
        quote:
          "user.email, user.account_uuid, user.account_id, and organization.id when signed in with a Claude account",
      },
      {
        source: "claude-code-monitoring",
        quote:
          "Every event carries identity attributes that tie tool calls, MCP activity, and permission decisions back to the user who triggered them.",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "otel-identity-api-key",
    statement:
      "With an API key or a partner cloud there is no Claude account in the session, so Claude Code's telemetry carries only an installation ID and a session ID, unless the organization adds a name or e-mail itself through OTEL_RESOURCE_ATTRIBUTES.",
    citations: [
      {
        source: "claude-code-monitoring",
        quote: "there is no Claude account in the session and only user.id and session.id are populated",
      },
      { source: "claude-code-monitoring", quote: "attach user identity yourself with OTEL_RESOURCE_ATTRIBUTES" },
    ],
    verified: "2026-11-29",
  },
  {
    id: "otel-prompts",
    statement:
      "Claude Code telemetry records only the length of each prompt unless OTEL_LOG_USER_PROMPTS=1 is set; Claude's replies follow the same switch unless OTEL_LOG_ASSISTANT_RESPONSES is set on its own. OTEL_LOG_RAW_API_BODIES sends whole API requests and responses, with the full conversation.",
    citations: [
      {
        source: "claude-code-monitoring",
        quote:
          "User prompt content is not collected by default. Only prompt length is recorded. To include prompt content, set OTEL_LOG_USER_PROMPTS=1",
      },
      {
        source: "claude-code-monitoring",
        quote: "When this variable is unset, OTEL_LOG_USER_PROMPTS is used as a fallback",
      },
      {
        source: "claude-code-monitoring",
        quote:
          "bodies contain the full conversation history, including the system prompt, every prior user and assistant turn, and tool results",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "otel-tool-details",
    statement:
      "Without extra switches, Claude Code telemetry leaves out tool arguments and file contents. OTEL_LOG_TOOL_DETAILS=1 adds commands, file paths, URLs and other tool arguments; OTEL_LOG_TOOL_CONTENT=1 adds tool input and output to traces, which can include the contents of files read and command output.",
    citations: [
      {
        source: "claude-code-monitoring",
        quote: "Raw file contents and code snippets are not included in metrics or events.",
      },
      {
        source: "claude-code-monitoring",
        quote:
          "Tool input arguments and parameters are not logged by default. To include them, set OTEL_LOG_TOOL_DETAILS=1.",
      },
      {
        source: "claude-code-monitoring",
        quote:
          "tool_result events additionally include a tool_input attribute with file paths, URLs, search patterns, and other arguments",
      },
      {
        source: "claude-code-monitoring",
        quote: "This can include raw file contents from Read tool results and Bash command output.",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "otel-not-to-anthropic",
    statement:
      "Claude Code's OpenTelemetry data goes only to the endpoint the organization configures, never to Anthropic, and it is sent only once someone configures it.",
    citations: [
      {
        source: "claude-code-monitoring",
        quote: "This data is sent only to the OTEL endpoint you configure, never to Anthropic.",
      },
      {
        source: "claude-code-monitoring",
        quote: "OpenTelemetry export to your backend is opt-in and requires explicit configuration.",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "claude-code-operational-metrics",
    statement:
      "Separately from any OpenTelemetry export, Claude Code sends Anthropic its own operational metrics (latency, reliability and usage patterns, never code, prompts or file paths) unless DISABLE_TELEMETRY=1 is set; they are off by default on Amazon Bedrock, Google Cloud and Microsoft Foundry.",
    citations: [
      {
        source: "claude-code-data-usage",
        quote:
          "Metrics: latency, reliability, and usage patterns, sent to Anthropic and to third-party logging infrastructure over TLS.",
      },
      {
        source: "claude-code-data-usage",
        quote: "Metrics never include your code, prompts, or file paths. Set DISABLE_TELEMETRY=1 to opt out.",
      },
      {
        source: "claude-code-data-usage",
        quote:
          "By default, error reporting, telemetry, and bug reporting are disabled when using Amazon Bedrock, Google Cloud's Agent Platform, Microsoft Foundry, or Claude Platform on AWS.",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "otel-endpoint-approval",
    statement:
      "When an Owner sends a telemetry endpoint through server-managed settings, Claude Code shows a dialog naming it and applies it only once you approve; declining closes Claude Code. A non-interactive run applies it for that run without asking.",
    citations: [
      {
        source: "claude-code-server-managed-settings",
        quote: "a non-empty proxy, base-URL, or OTEL_EXPORTER_OTLP_ENDPOINT value always does",
      },
      {
        source: "claude-code-server-managed-settings",
        quote:
          "When a delivered variable needs approval, the dialog names it, so the user sees exactly what the policy is asking to set.",
      },
      { source: "claude-code-server-managed-settings", quote: "If a user rejects the settings, Claude Code exits." },
      {
        source: "claude-code-server-managed-settings",
        quote: "When the delivered settings would require approval, Claude Code applies them for that run only",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "managed-settings-status",
    statement:
      "Running /status in Claude Code shows whether managed settings are in force on your computer and where they come from: the claude.ai console, a device policy or a file.",
    citations: [
      { source: "claude-code-managed-settings", quote: "/status shows which managed source Claude Code selected" },
      {
        source: "claude-code-managed-settings",
        quote:
          "When a managed source is in effect, the line lists Enterprise managed settings with the source Claude Code selected in parentheses",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "cowork-otel",
    statement:
      "On Team and Enterprise, an organization can stream Cowork events, from cloud and local sessions, to an OpenTelemetry collector it runs. Nothing is sent until someone managing the organization enters a collector endpoint under Organization settings > Cowork in claude.ai.",
    citations: [
      {
        source: "help-cowork-otel",
        quote: "OpenTelemetry monitoring for Claude Cowork is available on Team and Enterprise plans.",
      },
      {
        source: "help-cowork-otel",
        quote:
          "It covers Cowork sessions that run in the cloud (on desktop, web, and mobile) as well as local desktop sessions.",
      },
      { source: "help-cowork-otel", quote: "Go to Organization settings > Cowork." },
      {
        source: "help-cowork-otel",
        quote: "Events are only exported when an admin configures an OTLP endpoint. No data flows by default.",
      },
      {
        source: "help-cowork-team-enterprise",
        quote:
          "Team and Enterprise owners can stream Cowork events to your SIEM and observability tools through OpenTelemetry.",
      },
    ],
    verified: "2026-11-29",
  },
  {
    id: "cowork-otel-content",
    statement:
      "Cowork's telemetry includes the full text of your prompts by default, every tool and MCP call with its parameters, the paths of files Claude touches, your approvals, each request's model, tokens and cost, and your e-mail address.",
    citations: [
      { source: "help-cowork-otel", quote: "User prompts. The full text of prompts users submit to Cowork." },
      { source: "help-cowork-otel", quote: "User prompt content is included in events by default." },
      {
        source: "help-cowork-otel",
        quote:
          "Every tool call Claude makes during a session, including MCP server name, tool name, parameters, success or failure, and execution time.",
      },
      {
        source: "help-cowork-otel",
        quote: "File paths Claude reads, modifies, or otherwise touches during a session",
      },
      {
        source: "help-cowork-otel",
        quote: "Whether each tool action was approved by the user, rejected by the user, or initiated automatically",
      },
      {
        source: "help-cowork-otel",
        quote: "Per-request model, token counts, estimated cost, duration, and any errors returned.",
      },
      { source: "help-cowork-otel", quote: "User email addresses are included in event attributes." },
    ],
    verified: "2026-11-29",
  },
] as const satisfies readonly AuthoredClaim[];
