/** Claude Code telemetry an organization collects itself through OpenTelemetry. */
import { account, all, settingOff, settingOn } from "@/lib/model/conditions";
import { dataKindIds, type DataKindId } from "@/lib/model/vocabulary";
import type { RuleDraft } from "./shared";

const collectorWindow = "as long as your organization's collector keeps it";

export const telemetryRules = [
  {
    id: "otel-collector",
    when: all(account("team", "enterprise", "console", "partner-cloud"), settingOn("otel-monitoring")),
    data: ["telemetry"],
    audiences: ["telemetry-collector"],
    verdict: "yes",
    mechanisms: ["opentelemetry"],
    window: collectorWindow,
    reason:
      "When your organization collects Claude Code telemetry, your Claude Code usage, costs and tool activity go to its own OpenTelemetry collector.",
    claims: ["otel-monitoring"],
  },
  {
    id: "otel-collector-personal-plan",
    when: all(account("personal"), settingOn("otel-monitoring")),
    data: ["telemetry"],
    audiences: ["telemetry-collector"],
    verdict: "possible",
    mechanisms: ["opentelemetry"],
    window: collectorWindow,
    reason:
      "On a personal plan your employer has no access to your account, but when Claude Code telemetry is set up on the computer you use, for example through managed settings, it goes to your employer's collector.",
    question: "Has your employer set up Claude Code telemetry on the computer you use? Ask your IT team.",
    claims: ["otel-monitoring"],
  },
  {
    id: "otel-prompts-third-party",
    when: settingOn("otel-monitoring"),
    data: ["claude-code-transcripts"],
    audiences: ["telemetry-collector"],
    verdict: "possible",
    mechanisms: ["opentelemetry"],
    window: collectorWindow,
    reason:
      "When Claude Code telemetry is collected, third-party descriptions say the text of your prompts is left out unless OTEL_LOG_USER_PROMPTS=1 is set.",
    question: "Does your organization's Claude Code telemetry set OTEL_LOG_USER_PROMPTS=1? Ask your IT team.",
    claims: ["otel-prompts-third-party", "otel-monitoring"],
  },
  {
    id: "otel-off",
    when: settingOff("otel-monitoring"),
    data: ["telemetry", "claude-code-transcripts"],
    audiences: ["telemetry-collector"],
    verdict: "no",
    mechanisms: [],
    reason:
      "When Claude Code telemetry is not set up, Claude Code sends nothing to a collector of your organization's.",
    claims: ["otel-monitoring"],
  },
  {
    id: "collector-receives-only-telemetry",
    when: all(),
    data: dataKindIds.filter(
      (id): id is Exclude<DataKindId, "telemetry" | "claude-code-transcripts"> =>
        id !== "telemetry" && id !== "claude-code-transcripts",
    ),
    audiences: ["telemetry-collector"],
    verdict: "no",
    mechanisms: [],
    reason: "An OpenTelemetry collector receives only what Claude Code sends it, which does not include this.",
    claims: ["otel-monitoring"],
  },
  {
    id: "telemetry-goes-to-the-collector",
    when: all(),
    data: ["telemetry"],
    audiences: [
      "you",
      "admins",
      "owners",
      "primary-owner",
      "compliance-key-holders",
      "anthropic-automated",
      "anthropic-staff",
    ],
    verdict: "no",
    mechanisms: [],
    reason:
      "Claude Code telemetry goes only to the collector your organization runs, not to Anthropic or its admin tools.",
    claims: ["otel-monitoring"],
  },
] satisfies RuleDraft[];
