/**
 * Claude Code's OpenTelemetry export, read from the variables that control it: whether it is on, which
 * signals go where (host only), which content switches are set, and which identity each event carries.
 */
import type { Finding } from "./finding";
import { describeOrigin, isManaged, type Layers, type Resolved } from "./layers";
import { hostOf, maskEmailsIn } from "./mask";
import { switchOf } from "./switches";

/** Who the telemetry names, from the sign-in reading. */
export type Identity = { kind: "claude-account"; email?: string } | { kind: "api-or-cloud" } | { kind: "unknown" };

const signals = [
  {
    id: "metrics",
    label: "metrics",
    exporter: "OTEL_METRICS_EXPORTER",
    endpoint: "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT",
  },
  { id: "logs", label: "events", exporter: "OTEL_LOGS_EXPORTER", endpoint: "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT" },
  { id: "traces", label: "traces", exporter: "OTEL_TRACES_EXPORTER", endpoint: "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT" },
] as const;

const headerVariables = [
  "OTEL_EXPORTER_OTLP_HEADERS",
  "OTEL_EXPORTER_OTLP_METRICS_HEADERS",
  "OTEL_EXPORTER_OTLP_LOGS_HEADERS",
  "OTEL_EXPORTER_OTLP_TRACES_HEADERS",
];

/** Every variable this module reads; others in an env block are listed as not read. */
export const telemetryVariables = [
  "CLAUDE_CODE_ENABLE_TELEMETRY",
  "CLAUDE_CODE_ENHANCED_TELEMETRY_BETA",
  "ENABLE_ENHANCED_TELEMETRY_BETA",
  "OTEL_EXPORTER_OTLP_ENDPOINT",
  "OTEL_EXPORTER_OTLP_PROTOCOL",
  ...signals.flatMap((signal) => [signal.exporter, signal.endpoint]),
  ...headerVariables,
  "OTEL_LOG_USER_PROMPTS",
  "OTEL_LOG_ASSISTANT_RESPONSES",
  "OTEL_LOG_TOOL_DETAILS",
  "OTEL_LOG_TOOL_CONTENT",
  "OTEL_LOG_RAW_API_BODIES",
  "OTEL_RESOURCE_ATTRIBUTES",
  "DISABLE_TELEMETRY",
];

export type TelemetryReading = {
  findings: Finding[];
  /** Telemetry is on and sends at least one signal to a named collector. */
  sendsToCollector: boolean;
  /** It is on and records prompt text or whole API bodies. */
  recordsPrompts: boolean;
};

type Destination = { signal: string; exporters: string[]; host?: string; endpoint?: Resolved; badEndpoint?: boolean };

/** `unreadable`: settings files that could not be read, any of which might switch telemetry on. */
export function readTelemetry(
  layers: Layers,
  identity: Identity,
  partnerCloud: boolean,
  { reveal, unreadable }: { reveal: boolean; unreadable: readonly string[] },
): TelemetryReading {
  const findings: Finding[] = [];
  const enable = layers.env("CLAUDE_CODE_ENABLE_TELEMETRY");
  const enabled = switchOf(enable?.value);
  const from = (...resolved: (Resolved | undefined)[]) => [
    ...new Set(resolved.filter((r): r is Resolved => r !== undefined).map((r) => r.origin)),
  ];

  if (enabled !== "on") {
    findings.push(
      enabled === "off" && enable
        ? {
            id: "telemetry-switch",
            topic: "telemetry",
            tone: "does-not-send",
            title: "Claude Code telemetry is switched off in the files read here.",
            detail: `CLAUDE_CODE_ENABLE_TELEMETRY is set to "${enable.value}" in ${describeOrigin(enable)}. Telemetry needs it set to 1.`,
            from: from(enable),
            claims: ["otel-switches", "otel-not-to-anthropic"],
            basis: "documented",
          }
        : enabled === "unclear" && enable
          ? {
              id: "telemetry-switch",
              topic: "telemetry",
              tone: "cannot-tell",
              title: "Claude Code telemetry is set to a value the documentation does not describe.",
              detail: `CLAUDE_CODE_ENABLE_TELEMETRY is set in ${describeOrigin(enable)}, but not to 1, the value Anthropic documents. Whether Claude Code treats it as on is not something these files can tell.`,
              from: from(enable),
              claims: ["otel-switches"],
              basis: "documented",
            }
          : {
              id: "telemetry-switch",
              topic: "telemetry",
              tone: unreadable.length > 0 ? "cannot-tell" : "not-found",
              title:
                unreadable.length > 0
                  ? "No file that could be read switches Claude Code telemetry on, but some could not be read."
                  : "No file read here switches Claude Code telemetry on.",
              detail: `Telemetry is sent only once CLAUDE_CODE_ENABLE_TELEMETRY=1 is set, and none of the settings read here sets it.${unreadable.length > 0 ? ` ${listWords(unreadable)} could not be read and might.` : ""} Settings this reader cannot see could still set it; they are listed under what these files cannot tell.`,
              from: [],
              claims: ["otel-switches", "otel-not-to-anthropic"],
              basis: "documented",
            },
    );
    const stray = ["OTEL_LOG_USER_PROMPTS", "OTEL_LOG_TOOL_DETAILS", "OTEL_LOG_TOOL_CONTENT", "OTEL_LOG_RAW_API_BODIES"]
      .map((name) => ({ name, resolved: layers.env(name) }))
      .filter((entry) => entry.resolved && switchOf(entry.resolved.value) !== "off");
    if (stray.length > 0) {
      findings.push({
        id: "telemetry-content-switches-idle",
        topic: "telemetry",
        tone: "note",
        title: "Telemetry content switches are set, but telemetry itself is not switched on here.",
        detail: `${stray.map((entry) => entry.name).join(", ")} ${stray.length === 1 ? "is" : "are"} set. They decide what telemetry contains, and take effect only if telemetry is switched on somewhere these files do not show.`,
        from: from(...stray.map((entry) => entry.resolved)),
        claims: ["otel-prompts", "otel-switches"],
        basis: "documented",
      });
    }
    findings.push(operationalMetrics(layers, partnerCloud));
    return { findings, sendsToCollector: false, recordsPrompts: false };
  }

  // Telemetry is on: where does each signal go?
  const tracing =
    switchOf(layers.env("CLAUDE_CODE_ENHANCED_TELEMETRY_BETA")?.value) === "on" ||
    switchOf(layers.env("ENABLE_ENHANCED_TELEMETRY_BETA")?.value) === "on";
  const generic = layers.env("OTEL_EXPORTER_OTLP_ENDPOINT");
  const destinations: Destination[] = signals
    .filter((signal) => signal.id !== "traces" || tracing)
    .map((signal) => {
      const exporters = (layers.env(signal.exporter)?.value ?? "")
        .split(",")
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean);
      const endpoint = layers.env(signal.endpoint) ?? generic;
      const host = endpoint ? hostOf(endpoint.value) : undefined;
      return { signal: signal.label, exporters, endpoint, host, badEndpoint: Boolean(endpoint) && !host };
    });
  const otlp = destinations.filter((d) => d.exporters.includes("otlp"));
  const named = otlp.filter((d) => d.host);
  const hosts = [...new Set(named.map((d) => d.host!))];
  const sendsToCollector = named.length > 0;
  const managedSwitch = isManaged(enable!.layer);
  const headers = headerVariables.some((name) => layers.env(name) !== undefined);
  const headersHelper = layers.key("otelHeadersHelper") !== undefined;
  const other = destinations.flatMap((d) =>
    d.exporters
      .filter((name) => name !== "otlp" && name !== "none")
      .map((name) =>
        name === "prometheus"
          ? `${d.signal} are offered on this computer for a Prometheus server to collect`
          : name === "console"
            ? `${d.signal} are printed in the terminal`
            : `${d.signal} go to an exporter the documentation does not list`,
      ),
  );

  const parts: string[] = [`CLAUDE_CODE_ENABLE_TELEMETRY=1 is set in ${describeOrigin(enable!)}.`];
  if (named.length > 0) {
    parts.push(
      `${capitalize(listWords(named.map((d) => d.signal)))} go to ${listWords(hosts)}${named.some((d) => d.endpoint && isManaged(d.endpoint.layer)) ? ", an address set by your organization's managed settings, which replaces any address you set yourself" : ""}.`,
    );
  }
  if (otlp.some((d) => !d.host)) {
    const missing = otlp.filter((d) => !d.host);
    parts.push(
      `${capitalize(listWords(missing.map((d) => d.signal)))} use the OTLP exporter, but ${missing.some((d) => d.badEndpoint) ? "the collector address is not a web address this reader understands" : "no collector address is set in the files read"}.`,
    );
  }
  if (other.length > 0) parts.push(`${capitalize(listWords(other))}.`);
  if (otlp.length === 0 && other.length === 0) {
    parts.push("No exporter is named for metrics, events or traces in the files read, so they name no collector.");
  }
  if (headers || headersHelper) {
    parts.push(
      `The connection carries authentication headers${headersHelper ? " from a helper script" : ""}; their values are not shown.`,
    );
  }
  findings.push({
    id: "telemetry-switch",
    topic: "telemetry",
    tone: sendsToCollector ? "sends" : "cannot-tell",
    title: sendsToCollector
      ? `Claude Code telemetry is switched on and goes to ${listWords(hosts)}.`
      : "Claude Code telemetry is switched on, but the files read here name no collector.",
    detail: `${parts.join(" ")} ${managedSwitch ? "Your organization switched it on, so it applies whichever account signs in on this computer." : "It is switched on in your own settings or shell, not by your organization."}`,
    from: from(enable, ...named.map((d) => d.endpoint)),
    claims: managedSwitch
      ? ["otel-switches", "otel-managed-settings-reach", "otel-not-to-anthropic"]
      : ["otel-switches", "otel-not-to-anthropic"],
    basis: "documented",
  });

  const content = readContentSwitches(layers, tracing, from);
  findings.push(...content.findings);
  findings.push(identityFinding(layers, identity, reveal));
  findings.push(operationalMetrics(layers, partnerCloud));
  return { findings, sendsToCollector, recordsPrompts: sendsToCollector && content.recordsPrompts };
}

function readContentSwitches(
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

function identityFinding(layers: Layers, identity: Identity, reveal: boolean): Finding {
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

function operationalMetrics(layers: Layers, partnerCloud: boolean): Finding {
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

/** "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
