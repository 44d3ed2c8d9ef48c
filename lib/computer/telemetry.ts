/**
 * Claude Code's OpenTelemetry export, read from the variables that control it: whether it is on, which
 * signals go where (host only), which content switches are set, and which identity each event carries.
 */
import type { Finding } from "./finding";
import { describeOrigin, isManaged, type Layers, type Resolved } from "./layers";
import { hostOf } from "./mask";
import { switchOf } from "./switches";
import { capitalize, listWords } from "./words";
import { identityFinding, operationalMetrics, readContentSwitches } from "./telemetry-content";

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
  /**
   * Your organization switched telemetry on (in managed settings) and it sends at least one signal to a
   * named collector: the check's "Claude Code telemetry" answered yes.
   */
  organizationCollects: boolean;
  /** That telemetry records prompt text or whole API bodies: "Claude Code prompt logging" answered yes. */
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
    return { findings, organizationCollects: false, recordsPrompts: false };
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
  // The check asks whether your organization collects telemetry: only a switch it set answers that.
  const organizationCollects = sendsToCollector && managedSwitch;
  return { findings, organizationCollects, recordsPrompts: organizationCollects && content.recordsPrompts };
}
