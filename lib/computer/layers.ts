/**
 * The settings that apply on this computer, worked out from the files as Claude Code combines them:
 * managed sources first (server-managed settings, then the managed settings file and its drop-ins), then
 * your own settings.json, then the shell. Each value keeps where it came from, so a finding can say
 * whether your organization set it or you did.
 */
import type { ComputerInput, SourceInput } from "./input-schema";
import { mergeSettings, parseSettingsText, sortSettings, type SettingsData } from "./settings-file";

/** The layers, highest first. A device policy sits between the two managed ones and cannot be read. */
export type LayerId = "server-managed" | "managed-file" | "user" | "shell";

export const layerLabels = {
  "server-managed": "server-managed settings (cached in remote-settings.json)",
  "managed-file": "the managed settings file",
  user: "your own settings.json",
  shell: "your shell's environment",
} as const satisfies Record<LayerId, string>;

/** A value and where it came from. */
export type Resolved = { value: string; layer: LayerId; origin: string };
export type ResolvedKey = { value: unknown; layer: LayerId; origin: string };

/** One settings file as read, or why it could not be. */
export type ReadSettings =
  | { source: SourceInput; outcome: "read"; data: SettingsData }
  | { source: SourceInput; outcome: "problem"; problem: string }
  | { source: SourceInput; outcome: "absent" };

export type Layers = {
  serverManaged?: ReadSettings;
  managedFile?: ReadSettings;
  dropIns: ReadSettings[];
  user?: ReadSettings;
  /** The merged managed file and drop-ins, when any of them was read. */
  managedMerged?: { data: SettingsData; envOrigins: Map<string, string>; keyOrigins: Map<string, string> };
  /** The managed source Claude Code uses for ordinary keys, as far as the files show. */
  selected?: "server-managed" | "managed-file";
  shell?: Record<string, string>;
  env: (name: string) => Resolved | undefined;
  key: (name: string) => ResolvedKey | undefined;
};

export function readSettingsSource(source: SourceInput): ReadSettings {
  switch (source.read.state) {
    case "text": {
      const parsed = parseSettingsText(source.read.text);
      return parsed.ok
        ? { source, outcome: "read", data: parsed.data }
        : { source, outcome: "problem", problem: parsed.problem };
    }
    case "missing":
      return { source, outcome: "absent" };
    case "unreadable":
      return { source, outcome: "problem", problem: `It could not be read: ${source.read.reason}.` };
    case "too-large":
      return {
        source,
        outcome: "problem",
        problem: `It is ${megabytes(source.read.bytes)}, more than the ${megabytes(source.read.limit)} this reader accepts for a settings file, so it was not read.`,
      };
    default: {
      const unhandled: never = source.read;
      return unhandled;
    }
  }
}

export function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const [size, unit] = bytes < 1024 ** 3 ? [bytes / 1024 ** 2, "MB"] : [bytes / 1024 ** 3, "GB"];
  return `${size.toFixed(1).replace(/\.0$/, "")} ${unit}`;
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Builds the layers from the input's settings files and environment. */
export function buildLayers(input: ComputerInput): Layers {
  const first = (kind: SourceInput["kind"]) => {
    const source = input.sources.find((candidate) => candidate.kind === kind);
    return source ? readSettingsSource(source) : undefined;
  };
  const serverManaged = first("server-managed-cache");
  const managedFile = first("managed-file");
  const user = first("user-settings");
  // Drop-ins apply in alphabetical order of their names; hidden files and other extensions are skipped.
  const dropIns = input.sources
    .filter((source) => source.kind === "managed-drop-in")
    .filter((source) => !baseName(source.path).startsWith(".") && baseName(source.path).endsWith(".json"))
    .sort((a, b) => (baseName(a.path) < baseName(b.path) ? -1 : baseName(a.path) > baseName(b.path) ? 1 : 0))
    .map(readSettingsSource);

  let managedMerged: Layers["managedMerged"];
  for (const part of [managedFile, ...dropIns]) {
    if (part?.outcome !== "read") continue;
    const envOrigins = managedMerged?.envOrigins ?? new Map<string, string>();
    const keyOrigins = managedMerged?.keyOrigins ?? new Map<string, string>();
    for (const name of Object.keys(part.data.env)) envOrigins.set(name, part.source.path);
    for (const key of Object.keys(part.data.raw)) keyOrigins.set(key, part.source.path);
    const raw = managedMerged ? mergeSettings(managedMerged.data.raw, part.data.raw) : part.data.raw;
    managedMerged = { data: sortSettings(raw), envOrigins, keyOrigins };
  }

  const delivers = (data: SettingsData | undefined) => (data?.policyKeys.length ?? 0) > 0;
  const server = serverManaged?.outcome === "read" ? serverManaged.data : undefined;
  const selected = delivers(server) ? "server-managed" : delivers(managedMerged?.data) ? "managed-file" : undefined;
  const userData = user?.outcome === "read" ? user.data : undefined;
  const shell = input.env;

  const env = (name: string): Resolved | undefined => {
    // Environment variables merge per variable across managed sources; settings files beat the shell.
    const fromServer = server?.env[name];
    if (fromServer !== undefined && serverManaged) {
      return { value: fromServer, layer: "server-managed", origin: serverManaged.source.path };
    }
    const fromFile = managedMerged?.data.env[name];
    if (fromFile !== undefined) {
      return { value: fromFile, layer: "managed-file", origin: managedMerged!.envOrigins.get(name) ?? "" };
    }
    const fromUser = userData?.env[name];
    if (fromUser !== undefined && user) return { value: fromUser, layer: "user", origin: user.source.path };
    const fromShell = shell?.[name];
    if (fromShell !== undefined) return { value: fromShell, layer: "shell", origin: `environment variable ${name}` };
    return undefined;
  };

  const key = (name: string): ResolvedKey | undefined => {
    // Ordinary keys come from the one managed source Claude Code selects, else from your own settings.
    if (selected === "server-managed" && server && name in server.raw && serverManaged) {
      return { value: server.raw[name], layer: "server-managed", origin: serverManaged.source.path };
    }
    if (selected === "managed-file" && managedMerged && name in managedMerged.data.raw) {
      return {
        value: managedMerged.data.raw[name],
        layer: "managed-file",
        origin: managedMerged.keyOrigins.get(name) ?? "",
      };
    }
    if (userData && name in userData.raw && user)
      return { value: userData.raw[name], layer: "user", origin: user.source.path };
    return undefined;
  };

  return { serverManaged, managedFile, dropIns, user, managedMerged, selected, shell, env, key };
}

/** True when a layer is one your organization controls rather than you. */
export function isManaged(layer: LayerId): boolean {
  return layer === "server-managed" || layer === "managed-file";
}

/** Words for where a value came from, e.g. "your organization's managed settings file (/etc/…)". */
export function describeOrigin(resolved: { layer: LayerId; origin: string }): string {
  switch (resolved.layer) {
    case "server-managed":
      return "your organization's server-managed settings";
    case "managed-file":
      return `your organization's managed settings (${resolved.origin})`;
    case "user":
      return `your own settings (${resolved.origin})`;
    case "shell":
      return "your shell's environment";
    default: {
      const unhandled: never = resolved.layer;
      return unhandled;
    }
  }
}
