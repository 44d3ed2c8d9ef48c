/**
 * Who sets Claude Code's settings on this computer: the managed settings file and its drop-ins,
 * server-managed settings cached from the claude.ai console, or a device policy this reader cannot open.
 * Also where requests go (a gateway or proxy), and what no file here can tell.
 */
import type { Finding } from "./finding";
import type { ComputerInput } from "./input-schema";
import { describeOrigin, type Layers } from "./layers";
import { excerpt, hostOf } from "./mask";
import { listWords } from "./words";
import { managedSourceLabels, type StatusText } from "./status-text";

export const routingVariables = ["ANTHROPIC_BASE_URL", "HTTPS_PROXY", "https_proxy"];

export function readManaged(input: ComputerInput, layers: Layers, status: StatusText | undefined): Finding[] {
  const findings: Finding[] = [];
  const base = { topic: "managed" as const, basis: "documented" as const };
  const command = input.via === "command";

  // The managed settings file and drop-ins.
  const file = layers.managedFile;
  const dropIns = layers.dropIns.filter((part) => part.outcome === "read");
  const merged = layers.managedMerged;
  if (merged && merged.data.policyKeys.length > 0) {
    const paths = [
      file?.outcome === "read" ? file.source.path : undefined,
      ...dropIns.map((part) => part.source.path),
    ].filter((path): path is string => Boolean(path));
    findings.push({
      ...base,
      id: "managed-file",
      tone: "note",
      title: `Your organization has put a managed settings ${paths.length > 1 ? "policy" : "file"} on this computer.`,
      detail: `Claude Code reads ${listWords(paths)}${paths.length > 1 ? " together, the main file first and then each drop-in in alphabetical order" : ""}, and no setting of your own overrides ${paths.length > 1 ? "them" : "it"}.${layers.selected === "server-managed" ? " Server-managed settings are also present and come first: Claude Code then ignores the file's settings except environment variables, which it fills in from the file where the server's leave them unset." : ""}`,
      from: paths,
      claims:
        layers.selected === "server-managed"
          ? ["managed-settings-file-locations", "managed-settings-drop-ins", "managed-source-precedence"]
          : ["managed-settings-file-locations", "managed-settings-drop-ins"],
    });
  } else if (merged) {
    findings.push({
      ...base,
      id: "managed-file",
      tone: "note",
      title: "A managed settings file is here, but it sets no policy.",
      detail:
        "The only key it sets is wslInheritsWindowsSettings, or none, so Claude Code passes over it to the next managed source.",
      from: file?.outcome === "read" ? [file.source.path] : [],
      claims: ["managed-settings-file-locations", "managed-source-precedence"],
    });
  } else if (command && file?.outcome === "absent" && layers.dropIns.length === 0) {
    findings.push({
      ...base,
      id: "managed-file",
      tone: "not-found",
      title: "There is no managed settings file on this computer.",
      detail: `Nothing at ${file.source.path}, and no managed-settings.d/ folder beside it.`,
      from: [file.source.path],
      claims: ["managed-settings-file-locations"],
    });
  }

  // Server-managed settings, as cached.
  const server = layers.serverManaged;
  if (server?.outcome === "read") {
    const delivers = server.data.policyKeys.length > 0;
    findings.push({
      ...base,
      id: "server-managed",
      tone: "note",
      title: delivers
        ? "Your organization sets Claude Code's settings from the claude.ai console (server-managed settings)."
        : "Your organization has set no server-managed settings.",
      detail: delivers
        ? `A copy is cached in ${server.source.path}. These come first among managed sources, and Claude Code checks for changes at startup and hourly.`
        : `The cached copy in ${server.source.path} is empty ({}), which is what Claude Code keeps when the organization has configured none.`,
      from: [server.source.path],
      claims: delivers
        ? ["server-managed-settings-cache", "managed-source-precedence"]
        : ["server-managed-settings-cache"],
    });
  } else if (server?.outcome === "absent" || (!server && command)) {
    findings.push({
      ...base,
      id: "server-managed",
      tone: "cannot-tell",
      title: "No server-managed settings are cached on this computer.",
      detail:
        "Claude Code keeps them in remote-settings.json only once a session has fetched them, and fetches them only for some sign-ins. Either your organization sets none that reach this computer, or no session has fetched them yet: on the first launch they arrive while the session runs.",
      from: server ? [server.source.path] : [],
      claims: ["server-managed-settings-cache"],
    });
  }

  // What /status says, when given.
  if (status) {
    const label = status.managedSource;
    findings.push({
      ...base,
      id: "status-sources",
      tone: label === "plist" || label === "HKLM" ? "cannot-tell" : "note",
      title: label
        ? `/status says managed settings come from ${managedSourceLabels[label] ?? "a source it names in its own words"}.`
        : "/status lists no managed settings: none were in force when it was copied.",
      detail: label
        ? `The Setting sources line names "${label in managedSourceLabels ? label : "a source this reader does not know"}".${label === "plist" || label === "HKLM" ? " That policy is not a file this reader can open, so telemetry it sets would not show here." : ""}`
        : `The Setting sources line lists ${status.otherSources.length > 0 ? status.otherSources.map((source) => excerpt(source, false, 40)).join(", ") : "no sources"}.`,
      from: ["/status"],
      claims: ["managed-settings-status", "managed-settings-status-labels"],
    });
  }
  return findings;
}

export function readRouting(layers: Layers): Finding[] {
  const findings: Finding[] = [];
  const baseUrl = layers.env("ANTHROPIC_BASE_URL");
  const proxy = layers.env("HTTPS_PROXY") ?? layers.env("https_proxy");
  for (const [resolved, what] of [
    [baseUrl, "Claude Code's requests go to"],
    [proxy, "Claude Code's network connections go through a proxy at"],
  ] as const) {
    if (!resolved || resolved.value.trim() === "") continue;
    const host = hostOf(resolved.value);
    findings.push({
      id: resolved === baseUrl ? "routing-base-url" : "routing-proxy",
      topic: "routing",
      tone: "sends",
      title: host
        ? `${what} ${host}${resolved === baseUrl ? " instead of Anthropic's API" : ""}.`
        : `${what} an address this reader cannot read as a web address.`,
      detail: `Set in ${describeOrigin(resolved)}. Whoever runs ${host ?? "it"} is in the path of everything Claude Code sends: prompts, file contents and replies.`,
      from: [resolved.origin],
      claims: ["claude-code-request-routing"],
      basis: "documented",
    });
  }
  return findings;
}

export function readLimits(input: ComputerInput, status: StatusText | undefined): Finding[] {
  const base = { topic: "limits" as const, basis: "documented" as const, tone: "cannot-tell" as const, from: [] };
  const findings: Finding[] = [];
  if (input.os !== "linux" && !(status?.managedSource === "plist" || status?.managedSource === "HKLM")) {
    findings.push({
      ...base,
      id: "limits-device-policy",
      title: "A device policy (an MDM profile on macOS, the registry on Windows) cannot be read from here.",
      detail:
        "It can set the same settings as a managed settings file, telemetry included. In Claude Code, /status shows (plist) or (HKLM) on its Setting sources line when one is in force.",
      claims: ["managed-settings-device-policy", "managed-settings-status-labels"],
    });
  }
  if (input.via === "page") {
    findings.push({
      ...base,
      id: "limits-environment",
      title: "Your shell's environment variables are not read on this page.",
      detail:
        "Variables exported in your shell profile can switch telemetry on or change how Claude Code signs in; a settings file's env block overrides them. The terminal command reads them.",
      claims: ["settings-env-precedence"],
    });
  }
  findings.push(
    {
      ...base,
      id: "limits-projects",
      title: "Settings inside each project are not read.",
      detail:
        "A project's .claude/settings.json and .claude/settings.local.json can set the same variables for sessions in that project, below your organization's managed settings.",
      claims: ["settings-env-precedence"],
    },
    {
      ...base,
      id: "limits-network",
      title: "What a proxy, a network monitor or security software records is not in any of these files.",
      detail:
        "Software your organization runs on this computer or its network can see traffic without any Claude Code setting. These files show only what Claude Code itself is told to send, and where.",
      claims: ["claude-code-request-routing", "claude-code-sends"],
    },
  );
  return findings;
}
