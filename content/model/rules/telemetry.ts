/**
 * Telemetry an organization collects itself through OpenTelemetry. Claude Code and Cowork are two separate
 * exports with two settings: Claude Code's is set in managed settings (on the computer, or server-managed
 * from the claude.ai console), Cowork's in claude.ai under Organization settings > Cowork. One can be on
 * without the other, and different people know each, so the check asks them apart.
 */
import { account, all, any, not, settingOff, settingOn, surface } from "@/lib/model/conditions";
import { audienceIds, dataKindIds, type AudienceId, type DataKindId } from "@/lib/model/vocabulary";
import { notStated, type RuleDraft } from "./shared";

const collectorWindow = "as long as your organization's collector keeps it";
const claudeCode = surface("claude-code-work-login", "claude-code-api-key");
const coworkPlans = account("team", "enterprise");
const coworkStreamed = all(coworkPlans, surface("cowork"), settingOn("cowork-otel"));
const anthropic = ["anthropic-automated", "anthropic-staff"] as const satisfies readonly AudienceId[];
/** Data the collector receives from Claude Code or Cowork; everything else never reaches it. */
const collected = ["telemetry", "claude-code-transcripts", "cowork-sessions"] as const;

export const telemetryRules = [
  // Claude Code: what its telemetry carries and how it names you.
  {
    id: "otel-collector-claude-account",
    when: all(account("team", "enterprise"), surface("claude-code-work-login"), settingOn("otel-monitoring")),
    data: ["telemetry"],
    audiences: ["telemetry-collector"],
    verdict: "yes",
    mechanisms: ["opentelemetry"],
    window: collectorWindow,
    reason:
      "When your organization collects Claude Code telemetry, your sessions, costs, tokens, lines of code and tool activity go to its collector, each event labelled with your e-mail address and account ID.",
    claims: ["otel-monitoring", "otel-identity-claude-account"],
  },
  {
    id: "otel-collector-personal-plan",
    when: all(account("personal"), surface("claude-code-work-login"), settingOn("otel-monitoring")),
    data: ["telemetry"],
    audiences: ["telemetry-collector"],
    verdict: "yes",
    mechanisms: ["opentelemetry"],
    window: collectorWindow,
    reason:
      "On a personal plan your employer has no access to your account, but when Claude Code telemetry is set up on the computer you use, your sessions, costs and tool activity go to your employer's collector, labelled with your personal account's e-mail address.",
    claims: ["otel-monitoring", "otel-managed-settings-reach", "otel-identity-claude-account"],
  },
  {
    id: "otel-collector-api-key",
    when: all(
      claudeCode,
      any(surface("claude-code-api-key"), account("console", "partner-cloud")),
      settingOn("otel-monitoring"),
    ),
    data: ["telemetry"],
    audiences: ["telemetry-collector"],
    verdict: "yes",
    mechanisms: ["opentelemetry"],
    window: collectorWindow,
    reason:
      "When your organization collects Claude Code telemetry, your sessions with an API key or a partner cloud send their costs, tokens and tool activity to its collector, labelled with an installation ID and a session ID rather than your account, unless your organization adds your name itself.",
    claims: ["otel-monitoring", "otel-identity-api-key"],
  },
  {
    id: "otel-prompts-on",
    when: all(settingOn("otel-monitoring"), settingOn("otel-prompts")),
    data: ["claude-code-transcripts"],
    audiences: ["telemetry-collector"],
    verdict: "yes",
    mechanisms: ["opentelemetry"],
    window: collectorWindow,
    reason:
      "When your organization's Claude Code telemetry records prompt text, its collector receives the words of each prompt and, unless they are switched off separately, Claude's replies; if it logs whole API requests, it receives entire conversations, file contents included.",
    claims: ["otel-prompts", "otel-monitoring"],
  },
  {
    id: "otel-prompts-off",
    when: all(settingOn("otel-monitoring"), settingOff("otel-prompts")),
    data: ["claude-code-transcripts"],
    audiences: ["telemetry-collector"],
    verdict: "possible",
    mechanisms: ["opentelemetry"],
    window: collectorWindow,
    reason:
      "When Claude Code telemetry leaves prompt text out, its collector still receives the commands Claude Code runs, file paths and other tool arguments if OTEL_LOG_TOOL_DETAILS=1 is set, and the contents of files read and command output if OTEL_LOG_TOOL_CONTENT=1 is set; both are off by default.",
    question:
      "Does your organization's Claude Code telemetry set OTEL_LOG_TOOL_DETAILS=1 or OTEL_LOG_TOOL_CONTENT=1? Ask your IT team.",
    claims: ["otel-tool-details", "otel-prompts"],
  },
  {
    id: "otel-off",
    when: all(claudeCode, settingOff("otel-monitoring")),
    data: ["telemetry", "claude-code-transcripts"],
    audiences: ["telemetry-collector"],
    verdict: "no",
    mechanisms: [],
    reason:
      "When Claude Code telemetry is not set up, Claude Code sends nothing to a collector of your organization's.",
    claims: ["otel-monitoring", "otel-not-to-anthropic"],
  },

  // Cowork: a separate export, set in claude.ai by the organization.
  {
    id: "cowork-otel-sessions",
    when: coworkStreamed,
    data: ["cowork-sessions"],
    audiences: ["telemetry-collector"],
    verdict: "yes",
    mechanisms: ["opentelemetry"],
    window: collectorWindow,
    reason:
      "When your organization streams Cowork events to its collector, it receives the full text of your Cowork prompts, every tool and MCP call with its parameters, and the paths of files Claude touches; Anthropic's page does not list Claude's replies among them.",
    claims: ["cowork-otel", "cowork-otel-content"],
  },
  {
    id: "cowork-otel-telemetry",
    when: coworkStreamed,
    data: ["telemetry"],
    audiences: ["telemetry-collector"],
    verdict: "yes",
    mechanisms: ["opentelemetry"],
    window: collectorWindow,
    reason:
      "When your organization streams Cowork events to its collector, it receives each Cowork request's model, tokens and cost, your approvals of tool actions and any errors, labelled with your e-mail address.",
    claims: ["cowork-otel", "cowork-otel-content"],
  },
  {
    id: "chrome-side-panel-cowork-otel",
    when: all(coworkPlans, surface("claude-in-chrome"), settingOn("cowork-otel")),
    data: ["chat-content"],
    audiences: ["telemetry-collector"],
    verdict: "possible",
    mechanisms: ["opentelemetry"],
    window: collectorWindow,
    reason:
      "When your organization streams Cowork events, Claude in Chrome's side panel, which runs as a Cowork session on Team and on Enterprise once enabled, may be part of that stream; Anthropic's pages do not say either way.",
    question:
      "Do your organization's Cowork telemetry events include Claude in Chrome side-panel sessions? Ask whoever runs the collector.",
    claims: ["claude-in-chrome-side-panel", "cowork-otel"],
  },
  {
    id: "cowork-otel-off",
    when: all(coworkPlans, surface("cowork"), settingOff("cowork-otel")),
    data: ["cowork-sessions", "telemetry"],
    audiences: ["telemetry-collector"],
    verdict: "no",
    mechanisms: [],
    reason: "When no collector endpoint is set for Cowork, Cowork sends no events to one.",
    claims: ["cowork-otel"],
  },
  {
    id: "cowork-otel-not-on-plan",
    when: all(not(coworkPlans), surface("cowork")),
    data: ["cowork-sessions", "telemetry"],
    audiences: ["telemetry-collector"],
    verdict: "no",
    mechanisms: [],
    reason: "Cowork's OpenTelemetry export exists only on Team and Enterprise plans.",
    claims: ["cowork-otel"],
  },

  // What the collector never receives, and who else does not get telemetry.
  {
    id: "collector-receives-only-telemetry",
    when: all(),
    data: dataKindIds.filter(
      (id): id is Exclude<DataKindId, (typeof collected)[number]> => !(collected as readonly string[]).includes(id),
    ),
    audiences: ["telemetry-collector"],
    verdict: "no",
    mechanisms: [],
    reason:
      "An OpenTelemetry collector receives only what Claude Code or Cowork sends it, which does not include this.",
    claims: ["otel-monitoring", "cowork-otel"],
  },
  {
    id: "otel-not-sent-to-anthropic",
    when: all(claudeCode, not(account("partner-cloud"))),
    data: ["telemetry"],
    audiences: [...anthropic],
    verdict: "no",
    mechanisms: [],
    reason:
      "Claude Code sends its OpenTelemetry data only to the collector your organization configures, never to Anthropic; Anthropic does receive Claude Code's separate operational metrics, which leave out code, prompts and file paths, unless DISABLE_TELEMETRY=1 is set.",
    claims: ["otel-not-to-anthropic", "claude-code-operational-metrics"],
  },
  {
    id: "otel-not-sent-to-anthropic-partner-cloud",
    when: all(claudeCode, account("partner-cloud")),
    data: ["telemetry"],
    audiences: [...anthropic],
    verdict: "no",
    mechanisms: [],
    reason:
      "Claude Code sends its OpenTelemetry data only to the collector your organization configures, never to Anthropic; on a partner cloud its separate operational metrics to Anthropic are off by default too.",
    claims: ["otel-not-to-anthropic", "claude-code-operational-metrics"],
  },
  {
    id: "cowork-otel-at-anthropic-automated",
    when: coworkStreamed,
    data: ["telemetry"],
    audiences: ["anthropic-automated"],
    verdict: "possible",
    mechanisms: ["automated-processing"],
    window: notStated,
    reason:
      "When your organization streams Cowork events, Anthropic's page does not say whether Anthropic keeps a copy of them; what Anthropic processes of the sessions themselves is under Cowork sessions.",
    question:
      "Does Anthropic keep a copy of the Cowork events it sends to your organization's collector? Its page does not say; your organization can ask Anthropic.",
    claims: ["cowork-otel", "cowork-otel-content"],
  },
  {
    id: "cowork-otel-at-anthropic-staff",
    when: coworkStreamed,
    data: ["telemetry"],
    audiences: ["anthropic-staff"],
    verdict: "possible",
    mechanisms: ["human-review"],
    window: notStated,
    reason:
      "When your organization streams Cowork events, Anthropic's page does not say whether Anthropic keeps a copy of them, or who at Anthropic could see one.",
    question:
      "Does Anthropic keep a copy of the Cowork events it sends to your organization's collector? Its page does not say; your organization can ask Anthropic.",
    claims: ["cowork-otel", "cowork-otel-content"],
  },
  {
    id: "cowork-telemetry-not-at-anthropic",
    when: not(claudeCode),
    data: ["telemetry"],
    audiences: [...anthropic],
    verdict: "no",
    mechanisms: [],
    reason:
      "Without Claude Code, your only telemetry would be Cowork's export, which exists only once your organization sets up a collector for it; Anthropic's processing of the sessions themselves is under Cowork sessions.",
    claims: ["cowork-otel"],
  },
  {
    id: "telemetry-goes-to-the-collector",
    when: all(),
    data: ["telemetry"],
    audiences: audienceIds.filter(
      (id): id is Exclude<AudienceId, "telemetry-collector" | (typeof anthropic)[number]> =>
        id !== "telemetry-collector" && !(anthropic as readonly string[]).includes(id),
    ),
    verdict: "no",
    mechanisms: [],
    reason: "Telemetry goes only to the collector your organization sets up, not into Claude's own admin tools.",
    claims: ["otel-not-to-anthropic", "cowork-otel"],
  },
] satisfies RuleDraft[];
