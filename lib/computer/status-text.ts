/**
 * The text of Claude Code's /status screen, copied from a terminal. Anthropic documents a few of its rows
 * (Setting sources, Login method, API key, Profile) and not the exact wording of their values, so this
 * reads rows by name and takes from values only the words the documentation itself uses.
 */
import type { AccountId, PartnerCloudId } from "@/lib/model/vocabulary";

/** Rows whose presence marks a text as /status output. */
const statusRows = ["login method", "setting sources", "api key", "profile", "auth token", "api provider"];

export type StatusText = {
  /** Every "Name: value" row, by lower-case name, the value as written. */
  rows: Map<string, string>;
  /** The managed source named in the Setting sources line, e.g. "remote" or "file + drop-ins". */
  managedSource?: string;
  /** The other sources on that line, e.g. "User settings". */
  otherSources: string[];
};

/** The documented labels for the managed source in /status, and what each means. */
export const managedSourceLabels: Record<string, string> = {
  remote: "server-managed settings from the claude.ai console or a gateway",
  plist: "a device policy (a macOS configuration profile)",
  HKLM: "a device policy (the Windows registry, HKLM)",
  file: "the managed settings file",
  "drop-ins": "the managed settings drop-in folder",
  "file + drop-ins": "the managed settings file and its drop-in folder",
  HKCU: "the Windows registry under your own user (HKCU)",
  "parent process": "the application that started Claude Code",
  helper: "a policy helper program named by a device policy or the managed settings file",
};

/** Reads /status text; undefined when the text has none of the rows /status shows. */
export function parseStatusText(text: string): StatusText | undefined {
  const rows = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    // Rows may carry box-drawing borders, bullets or indentation from the terminal.
    const match = /^[\s│┃|>*•·-]*([A-Za-z][A-Za-z ]{1,30}?)\s*:\s+(.*?)[\s│┃|]*$/.exec(line);
    if (!match) continue;
    const name = match[1]!.toLowerCase();
    if (!rows.has(name) && match[2]) rows.set(name, match[2]);
  }
  if (!statusRows.some((row) => rows.has(row))) return undefined;
  const sources = (rows.get("setting sources") ?? "")
    .split(/,(?![^(]*\))/)
    .map((part) => part.trim())
    .filter(Boolean);
  let managedSource: string | undefined;
  const otherSources: string[] = [];
  for (const source of sources) {
    const managed = /^Enterprise managed settings\s*(?:\(([^)]*)\))?$/i.exec(source);
    if (managed) managedSource = managed[1]?.trim() || "unnamed";
    else otherSources.push(source);
  }
  return { rows, managedSource, otherSources };
}

/** What a Login method value names, read only from the plan and provider names Anthropic's pages use. */
export type LoginReading =
  | { kind: "plan"; account: Exclude<AccountId, "partner-cloud"> }
  | { kind: "cloud"; cloud: PartnerCloudId }
  | { kind: "unclear" };

export function readLoginMethod(value: string): LoginReading {
  const text = value.toLowerCase();
  if (/\bbedrock\b/.test(text)) return { kind: "cloud", cloud: "bedrock" };
  if (/\bvertex\b|google cloud/.test(text)) return { kind: "cloud", cloud: "google-cloud" };
  if (/\bfoundry\b/.test(text)) return { kind: "cloud", cloud: "foundry" };
  const named = [
    /\benterprise\b/.test(text) && "enterprise",
    /\bteams?\b/.test(text) && "team",
    /\b(pro|max)\b/.test(text) && "personal",
    /\bconsole\b|\bapi\b/.test(text) && "console",
  ].filter((hit): hit is Exclude<AccountId, "partner-cloud"> => Boolean(hit));
  // One plan name, or nothing firm: two names in one value is not something to choose between.
  return named.length === 1 ? { kind: "plan", account: named[0]! } : { kind: "unclear" };
}
