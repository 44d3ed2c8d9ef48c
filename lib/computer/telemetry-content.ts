/**
 * What Claude Code's telemetry carries once it is on: prompt text, whole API bodies, tool details and
 * content, the identity on each event, and, apart from all that, the operational metrics Anthropic gets.
 */
import type { Finding } from "./finding";
import { describeOrigin, type Layers, type Resolved } from "./layers";
import { maskEmailsIn } from "./mask";
import { switchOf } from "./switches";
import type { Identity } from "./telemetry";
import { listWords } from "./words";

export function readContentSwitches(
  layers: Layers,
  tracing: boolean,
  from: (...resolved: (Resolved | undefined)[]) => string[],
): { findings: Finding[]; recordsPrompts: boolean } {
  const findings: Finding[] = [];
  const prompts = layers.env("OTEL_LOG_USER_PROMPTS");
  const replies = layers.env("OTEL_LOG_ASSISTANT_RESPONSES");
  const raw = layers.env("OTEL_LOG_RAW_API_BODIES");
  const details = layers.env("OTEL_LOG_TOOL_DETAILS");
  const toolContent = layers.env("OTEL_LOG_TOOL_CONTENT");
  const promptSwitch = switchOf(prompts?.value);
  const rawOn = raw !== undefined && raw.value !== "" && raw.value !== "0";
  const repliesOn = replies ? switchOf(replies.value) === "on" : promptSwitch === "on";

  if (promptSwitch === "on") {
    findings.push({
      id: "telemetry-prompts",
      topic: "telemetry",
      tone: "sends",
      title: "The words of your prompts are sent with the telemetry.",
      detail: `OTEL_LOG_USER_PROMPTS=1 is set in ${describeOrigin(prompts!)}. ${repliesOn ? "Claude's replies are included too." : "Claude's replies are left out, because OTEL_LOG_ASSISTANT_RESPONSES is set to 0."}`,
      from: from(prompts, replies),
      claims: ["otel-prompts"],
      basis: "documented",
    });
  } else {
    findings.push({
      id: "telemetry-prompts",
      topic: "telemetry",
      tone: promptSwitch === "unclear" ? "cannot-tell" : "not-found",
      title:
        promptSwitch === "unclear"
          ? "Prompt logging is set to a value the documentation does not describe."
          : "No file read here adds the words of your prompts; telemetry then records only their length.",
      detail:
        promptSwitch === "unclear"
          ? `OTEL_LOG_USER_PROMPTS is set in ${describeOrigin(prompts!)}, but not to 1 or 0.`
          : `OTEL_LOG_USER_PROMPTS is ${prompts ? `set to 0 in ${describeOrigin(prompts)}` : "not set in the files read"}.${repliesOn ? " OTEL_LOG_ASSISTANT_RESPONSES=1 still adds Claude's replies." : ""}`,
      from: from(prompts, replies),
      claims: ["otel-prompts"],
      basis: "documented",
    });
  }
  if (rawOn) {
    findings.push({
      id: "telemetry-raw-bodies",
      topic: "telemetry",
      tone: "sends",
      title: "Whole conversations are logged: every API request and response.",
      detail: `OTEL_LOG_RAW_API_BODIES is set in ${describeOrigin(raw!)}. The logged bodies hold the full conversation history, tool results and so file contents included.`,
      from: from(raw),
      claims: ["otel-prompts", "otel-tool-details"],
      basis: "documented",
    });
  }
  const detailsOn = switchOf(details?.value) === "on";
  const contentOn = switchOf(toolContent?.value) === "on";
  findings.push({
    id: "telemetry-tools",
    topic: "telemetry",
    tone: detailsOn || (contentOn && tracing) ? "sends" : "not-found",
    title:
      detailsOn || (contentOn && tracing)
        ? `Tool activity is sent in detail: ${listWords([detailsOn && "commands, file paths and other tool arguments", contentOn && tracing && "the contents of files read and command output"].filter((part): part is string => Boolean(part)))}.`
        : "No file read here adds tool arguments or file contents to the telemetry.",
    detail: [
      detailsOn
        ? `OTEL_LOG_TOOL_DETAILS=1 is set in ${describeOrigin(details!)}.`
        : "OTEL_LOG_TOOL_DETAILS is not set to 1.",
      contentOn
        ? tracing
          ? `OTEL_LOG_TOOL_CONTENT=1 is set in ${describeOrigin(toolContent!)}, and traces are switched on.`
          : `OTEL_LOG_TOOL_CONTENT=1 is set in ${describeOrigin(toolContent!)}, but it adds content to traces, and traces are not switched on in the files read.`
        : "OTEL_LOG_TOOL_CONTENT is not set to 1.",
    ].join(" "),
    from: from(details, toolContent),
    claims: ["otel-tool-details"],
    basis: "documented",
  });
  return { findings, recordsPrompts: promptSwitch === "on" || rawOn };
}

export function identityFinding(layers: Layers, identity: Identity, reveal: boolean): Finding {
  const attributes = layers.env("OTEL_RESOURCE_ATTRIBUTES");
  const keys = attributes
    ? [
        ...new Set(
          attributes.value
            .split(",")
            .filter((pair) => pair.includes("="))
            .map((pair) => pair.split("=")[0]!.trim())
            .filter((key) => /^[A-Za-z0-9_.-]{1,60}$/.test(key)),
        ),
      ]
    : [];
  const extra = attributes
    ? ` Your organization also adds ${keys.length > 0 ? `these attributes to every event: ${keys.join(", ")}` : "attributes of its own to every event"} (OTEL_RESOURCE_ATTRIBUTES, values not shown).`
    : "";
  const claimsExtra = attributes ? (["otel-resource-attributes"] as const) : ([] as const);
  switch (identity.kind) {
    case "claude-account":
      return {
        id: "telemetry-identity",
        topic: "telemetry",
        tone: "sends",
        title: "Each event carries your e-mail address and account ID.",
        detail: `Claude Code is signed in with a Claude account${identity.email ? ` (${maskEmailsIn(identity.email, reveal)})` : ""}, so every event names you.${extra}`,
        from: attributes ? [attributes.origin] : [],
        claims: ["otel-identity-claude-account", ...claimsExtra],
        basis: "documented",
      };
    case "api-or-cloud":
      return {
        id: "telemetry-identity",
        topic: "telemetry",
        tone: "sends",
        title: "Each event carries an installation ID and a session ID, not your account.",
        detail: `Claude Code uses an API key or a partner cloud here, so there is no Claude account in the session.${extra}`,
        from: attributes ? [attributes.origin] : [],
        claims: ["otel-identity-api-key", ...claimsExtra],
        basis: "documented",
      };
    case "unknown":
      return {
        id: "telemetry-identity",
        topic: "telemetry",
        tone: "cannot-tell",
        title: "Which identity each event carries depends on how you sign in, which these files do not show.",
        detail: `Signed in with a Claude account, every event carries your e-mail address and account ID; with an API key or a partner cloud, only an installation ID and a session ID.${extra}`,
        from: attributes ? [attributes.origin] : [],
        claims: ["otel-identity-claude-account", "otel-identity-api-key", ...claimsExtra],
        basis: "documented",
      };
    default: {
      const unhandled: never = identity;
      return unhandled;
    }
  }
}

export function operationalMetrics(layers: Layers, partnerCloud: boolean): Finding {
  const disable = layers.env("DISABLE_TELEMETRY");
  if (disable && disable.value.trim() !== "") {
    return {
      id: "anthropic-metrics",
      topic: "telemetry",
      tone: "does-not-send",
      title: "Claude Code's own operational metrics to Anthropic are switched off.",
      detail: `DISABLE_TELEMETRY is set in ${describeOrigin(disable)}; any value that is not empty turns them off.`,
      from: [disable.origin],
      claims: ["claude-code-operational-metrics", "claude-code-disable-telemetry"],
      basis: "documented",
    };
  }
  return partnerCloud
    ? {
        id: "anthropic-metrics",
        topic: "telemetry",
        tone: "does-not-send",
        title: "Claude Code's own operational metrics to Anthropic are off by default on a partner cloud.",
        detail: "They are separate from your organization's telemetry and never include code, prompts or file paths.",
        from: [],
        claims: ["claude-code-operational-metrics"],
        basis: "documented",
      }
    : {
        id: "anthropic-metrics",
        topic: "telemetry",
        tone: "sends",
        title: "Claude Code sends Anthropic its own operational metrics: latency, reliability and usage patterns.",
        detail:
          "They never include your code, prompts or file paths, and they are separate from any telemetry your organization collects. DISABLE_TELEMETRY=1 turns them off; none of the files read sets it.",
        from: [],
        claims: ["claude-code-operational-metrics", "claude-code-disable-telemetry"],
        basis: "documented",
      };
}
