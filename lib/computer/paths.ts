/**
 * Where Claude Code keeps each file, per operating system, as Anthropic documents it. Pure: it takes the
 * home folder and environment and returns paths; the command reads them, the page shows them.
 */
import type { Os } from "./input-schema";
import { knownVariables } from "./variables";

/** The system folder for managed settings. */
export const managedFolders = {
  macos: "/Library/Application Support/ClaudeCode",
  linux: "/etc/claude-code",
  windows: "C:\\Program Files\\ClaudeCode",
} as const satisfies Record<Os, string>;

export type DocumentedPaths = {
  managedFile: string;
  dropInFolder: string;
  configFolder: string;
  serverManagedCache: string;
  userSettings: string;
  claudeJson: string;
  /** Absent on macOS, where credentials are in the Keychain. */
  credentials?: string;
  projects: string;
};

/** Joins path parts with the separator of the operating system the paths belong to. */
export function joinPath(os: Os, ...parts: string[]): string {
  const separator = os === "windows" ? "\\" : "/";
  return parts
    .map((part, index) => (index === 0 ? part.replace(/[\\/]+$/, "") : part.replace(/^[\\/]+|[\\/]+$/g, "")))
    .filter((part, index) => index === 0 || part !== "")
    .join(separator);
}

export function documentedPaths(
  os: Os,
  home: string,
  env: Readonly<Record<string, string | undefined>>,
): DocumentedPaths {
  const configFolder = env.CLAUDE_CONFIG_DIR?.trim() || joinPath(os, home, ".claude");
  return {
    managedFile: joinPath(os, managedFolders[os], "managed-settings.json"),
    dropInFolder: joinPath(os, managedFolders[os], "managed-settings.d"),
    configFolder,
    serverManagedCache: joinPath(os, configFolder, "remote-settings.json"),
    userSettings: joinPath(os, configFolder, "settings.json"),
    claudeJson: joinPath(os, home, ".claude.json"),
    ...(os === "macos" ? {} : { credentials: joinPath(os, configFolder, ".credentials.json") }),
    projects: joinPath(os, configFolder, "projects"),
  };
}

/** The environment variables the reader looks at; the command passes only these, nothing else. */
export { knownVariables };
