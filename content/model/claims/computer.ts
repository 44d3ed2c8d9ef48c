/**
 * Claims behind "What does this computer send?": where Claude Code keeps its settings, sign-in and
 * transcripts on a computer, how it combines them, and what each telemetry switch means. The reader in
 * `lib/computer/` cites these for every finding.
 */
import type { AuthoredClaim } from "../authoring";

const verified = "2026-11-29";

export const computerClaims = [
  {
    id: "managed-settings-file-locations",
    statement:
      "A managed settings file is managed-settings.json, with an optional managed-settings.d/ folder beside it, in a system folder: /Library/Application Support/ClaudeCode/ on macOS, /etc/claude-code/ on Linux and WSL, and C:\\Program Files\\ClaudeCode\\ on Windows.",
    citations: [
      {
        source: "claude-code-managed-settings",
        quote:
          "`managed-settings.json`, an optional `managed-settings.d/` directory, and `managed-mcp.json` in the system directory: `/Library/Application Support/ClaudeCode/` on macOS, `/etc/claude-code/` on Linux and WSL, and `C:\\Program Files\\ClaudeCode\\` on Windows.",
      },
    ],
    verified,
  },
  {
    id: "managed-settings-drop-ins",
    statement:
      "Claude Code reads managed-settings.json first, then every .json file in managed-settings.d/ in alphabetical order, skipping hidden files; a later file's single value replaces an earlier one, and env blocks merge variable by variable.",
    citations: [
      {
        source: "claude-code-managed-settings",
        quote:
          "Claude Code merges `managed-settings.json` first, then every `*.json` file in the directory in alphabetical order.",
      },
      {
        source: "claude-code-managed-settings",
        quote: "Claude Code ignores hidden files and files that don't end in `.json`.",
      },
      { source: "claude-code-managed-settings", quote: "the later file's value replaces the earlier one" },
      {
        source: "claude-code-managed-settings",
        quote: "such as `env` or `sandbox`: the two blocks merge key by key",
      },
    ],
    verified,
  },
  {
    id: "settings-invalid-files",
    statement:
      "A managed settings file or drop-in that is not valid JSON gives no settings at all, and Claude Code reads the other sources as usual; your own settings file is rejected as a whole when its JSON is invalid.",
    citations: [
      {
        source: "claude-code-managed-settings",
        quote:
          "A managed settings file or drop-in file that isn't valid JSON contributes no settings at all; Claude Code reports it with the other validation errors and reads the remaining sources as usual.",
      },
      {
        source: "claude-code-managed-settings",
        quote:
          "User, project, and local settings files remain strict: a file whose JSON or top-level shape fails validation is rejected as a whole and reported",
      },
    ],
    verified,
  },
  {
    id: "managed-source-precedence",
    statement:
      "When several managed sources reach a computer, Claude Code uses the first that sets a policy key, in this order: server-managed settings, then a device policy (the macOS profile or the Windows HKLM registry), then the managed settings file, then the Windows HKCU registry. Environment variables are the exception: each one comes from the highest source that sets it.",
    citations: [
      {
        source: "claude-code-managed-settings",
        quote:
          "Claude Code uses the first of these sources that delivers at least one policy key and ignores the rest rather than merging them",
      },
      {
        source: "claude-code-managed-settings",
        quote: "MDM or OS-level policies: the macOS plist or the HKLM registry key",
      },
      {
        source: "claude-code-managed-settings",
        quote:
          "`env`, merged per variable across the admin sources: each variable comes from the highest-priority source that defines it",
      },
    ],
    verified,
  },
  {
    id: "managed-settings-device-policy",
    statement:
      "A device policy is not a file in the managed settings folder: on macOS it is a configuration profile in the com.anthropic.claudecode preferences domain, on Windows a registry value under HKLM\\SOFTWARE\\Policies\\ClaudeCode.",
    citations: [
      {
        source: "claude-code-managed-settings",
        quote: "**macOS configuration profile**: the `com.anthropic.claudecode` managed preferences domain.",
      },
      {
        source: "claude-code-managed-settings",
        quote: "a `REG_SZ` or `REG_EXPAND_SZ` value named `Settings` under `HKLM\\SOFTWARE\\Policies\\ClaudeCode`",
      },
    ],
    verified,
  },
  {
    id: "managed-settings-status-labels",
    statement:
      "In /status, the Setting sources line names the managed source in brackets: remote for the claude.ai console or a gateway, plist or HKLM for a device policy, file or drop-ins for the managed settings folder, HKCU for the user's own registry.",
    citations: [
      {
        source: "claude-code-managed-settings",
        quote: "`(remote)`: server-managed settings from claude.ai or a gateway",
      },
      { source: "claude-code-managed-settings", quote: "`(plist)` or `(HKLM)`: an MDM or OS policy" },
      {
        source: "claude-code-managed-settings",
        quote:
          "`(file)`, `(drop-ins)`, or `(file + drop-ins)`: `managed-settings.json`, the drop-in directory, or both",
      },
      { source: "claude-code-managed-settings", quote: "`(HKCU)`: the user-writable registry fallback" },
    ],
    verified,
  },
  {
    id: "server-managed-settings-cache",
    statement:
      "Claude Code keeps a copy of server-managed settings in ~/.claude/remote-settings.json, or {} when the organization set none. The file exists only once a session has fetched them; on the very first launch they arrive while the session runs.",
    citations: [
      {
        source: "claude-code-directory",
        quote:
          "Cached copy of [server-managed settings](/docs/en/server-managed-settings) for your organization, or `{}` when your organization has configured none.",
      },
      {
        source: "claude-code-directory",
        quote: "Only present when the session [fetches them](/docs/en/server-managed-settings#platform-availability).",
      },
      { source: "claude-code-server-managed-settings", quote: "Claude Code fetches settings asynchronously" },
    ],
    verified,
  },
  {
    id: "settings-env-precedence",
    statement:
      "A variable set in a settings file's env block overrides the same variable in your shell, and a managed settings entry overrides the same variable in your own or a project's settings.",
    citations: [
      {
        source: "claude-code-env-vars",
        quote:
          "When the same variable is set in both your shell and a settings file `env` block, the settings file value applies.",
      },
      {
        source: "claude-code-env-vars",
        quote: "so a managed settings entry overrides the same variable in user or project settings.",
      },
    ],
    verified,
  },
  {
    id: "claude-code-config-dir",
    statement:
      "Your own Claude Code settings, session history and, on Linux and Windows, credentials are kept in ~/.claude (%USERPROFILE%\\.claude on Windows), or in the folder CLAUDE_CONFIG_DIR names.",
    citations: [
      {
        source: "claude-code-env-vars",
        quote:
          "Override the configuration directory (default: `~/.claude`). All settings, session history, and plugins are stored under this path, as are credentials on Linux and Windows",
      },
      { source: "claude-code-settings", quote: "On Windows, `~/.claude` means `%USERPROFILE%\\.claude`." },
    ],
    verified,
  },
  {
    id: "claude-code-sign-in-files",
    statement:
      "Claude Code keeps your sign-in session in ~/.claude.json, and the credentials themselves in the macOS Keychain, or in .credentials.json in ~/.claude on Linux and Windows. Anthropic documents where these are kept, not what is inside them.",
    citations: [
      { source: "claude-code-settings", quote: "It holds your sign-in session" },
      {
        source: "claude-code-authentication",
        quote: "On macOS, credentials are stored in the encrypted macOS Keychain.",
      },
      {
        source: "claude-code-authentication",
        quote: "On Linux, credentials are stored in `~/.claude/.credentials.json` with file mode `0600`.",
      },
    ],
    verified,
  },
  {
    id: "claude-code-auth-precedence",
    statement:
      "With several credentials present, Claude Code uses a partner cloud when CLAUDE_CODE_USE_BEDROCK, CLAUDE_CODE_USE_VERTEX or CLAUDE_CODE_USE_FOUNDRY is set, then a gateway token, then a Claude Console API key (in an interactive session, once you have approved it), then an apiKeyHelper script, then a long-lived OAuth token, then Anthropic profiles, and last the /login sign-in that Pro, Max, Team and Enterprise users have.",
    citations: [
      {
        source: "claude-code-authentication",
        quote: "When multiple credentials are present, Claude Code chooses one in this order:",
      },
      {
        source: "claude-code-authentication",
        quote:
          "Cloud provider credentials, when `CLAUDE_CODE_USE_BEDROCK`, `CLAUDE_CODE_USE_VERTEX`, or `CLAUDE_CODE_USE_FOUNDRY` is set.",
      },
      {
        source: "claude-code-authentication",
        quote:
          "Use this for direct Anthropic API access with a key from the [Claude Console](https://platform.claude.com).",
      },
      {
        source: "claude-code-authentication",
        quote:
          "In interactive mode, you are prompted once to approve or decline the key, and your choice is remembered.",
      },
      {
        source: "claude-code-authentication",
        quote:
          "Subscription OAuth credentials from `/login`. This is the default for Claude Pro, Max, Team, and Enterprise users.",
      },
    ],
    verified,
  },
  {
    id: "claude-code-status-login",
    statement:
      "In /status, the Login method row shows the subscription account Claude Code is signed in with, and an API key row appears when an API key is in use.",
    citations: [
      {
        source: "claude-code-authentication",
        quote:
          "The `Login method` row shows your subscription account, and an `API key` row appears when an API key is in use.",
      },
    ],
    verified,
  },
  {
    id: "claude-code-cleanup-period",
    statement:
      "Claude Code deletes transcripts in ~/.claude/projects/, each holding every message, tool call and tool result, once they are older than cleanupPeriodDays: 30 days unless a setting changes it, at least 1. A managed value wins, and CLAUDE_CODE_SKIP_PROMPT_HISTORY=1 stops transcripts being written at all.",
    citations: [
      {
        source: "claude-code-directory",
        quote:
          "Claude Code deletes the files in the paths below once they're older than [`cleanupPeriodDays`](/docs/en/settings-reference#cleanupperioddays), as long as it can safely determine the retention period. The default is 30 days and the minimum is 1",
      },
      {
        source: "claude-code-directory",
        quote: "Full conversation transcript: every message, tool call, and tool result",
      },
      {
        source: "claude-code-directory",
        quote:
          "When [managed settings](/docs/en/server-managed-settings) provide `cleanupPeriodDays`, Claude Code runs the sweep at the managed value in either case.",
      },
      {
        source: "claude-code-env-vars",
        quote: "Set to `1` to skip writing prompt history and session transcripts to disk.",
      },
    ],
    verified,
  },
  {
    id: "claude-code-request-routing",
    statement:
      "ANTHROPIC_BASE_URL sends Claude Code's requests to a proxy or gateway instead of Anthropic's API, and HTTPS_PROXY names a proxy for its network connections; whoever runs either sits in the path of everything Claude Code sends.",
    citations: [
      {
        source: "claude-code-env-vars",
        quote: "Override the API endpoint to route requests through a proxy or gateway.",
      },
      { source: "claude-code-env-vars", quote: "Specify HTTPS proxy server for network connections" },
    ],
    verified,
  },
  {
    id: "otel-switches",
    statement:
      "Claude Code telemetry needs CLAUDE_CODE_ENABLE_TELEMETRY=1 and an exporter for metrics, events or traces; otlp exporters send to the collector address in OTEL_EXPORTER_OTLP_ENDPOINT or a per-signal endpoint. A collector address set in managed settings replaces any you set yourself.",
    citations: [
      { source: "claude-code-monitoring", quote: "Enables telemetry collection (required)" },
      { source: "claude-code-monitoring", quote: "OTLP collector endpoint for all signals" },
      {
        source: "claude-code-monitoring",
        quote:
          "If you set a per-signal endpoint or protocol variable, such as `OTEL_EXPORTER_OTLP_METRICS_ENDPOINT`, Claude Code uses it instead of the generic variable for that signal.",
      },
      {
        source: "claude-code-monitoring",
        quote:
          "When you set an `OTEL_EXPORTER_OTLP_*` variable in managed settings, Claude Code removes conflicting developer-set variables at startup",
      },
    ],
    verified,
  },
  {
    id: "claude-code-disable-telemetry",
    statement:
      "DISABLE_TELEMETRY set to any value that is not empty, 0 and false included, turns off the operational metrics Claude Code sends Anthropic.",
    citations: [
      {
        source: "claude-code-env-vars",
        quote:
          "Set to any non-empty value, such as `1`, to opt out of telemetry. **Setting it to `0` or `false` still opts out**",
      },
    ],
    verified,
  },
  {
    id: "otel-resource-attributes",
    statement:
      "Attributes listed in OTEL_RESOURCE_ATTRIBUTES, such as a department or a name, are added to every metric and event Claude Code exports.",
    citations: [
      { source: "claude-code-monitoring", quote: "These custom attributes are included in all metrics and events" },
    ],
    verified,
  },
] as const satisfies readonly AuthoredClaim[];
