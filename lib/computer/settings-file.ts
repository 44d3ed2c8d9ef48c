/**
 * Claude Code settings files (managed-settings.json, its drop-ins, remote-settings.json and settings.json)
 * all have the same JSON shape. This reads one, merges drop-ins the way Claude Code does, and picks out the
 * few keys that decide where work goes. Every other key is kept and listed by name, never by value.
 */
import * as z from "zod/mini";

/** A settings file as JSON: an object at the top. Values are checked one by one below. */
const settingsObjectSchema = z.record(z.string(), z.unknown());

/** The keys this reader interprets; everything else is listed as "not read by this reader". */
export const interpretedKeys = [
  "env",
  "cleanupPeriodDays",
  "apiKeyHelper",
  "otelHeadersHelper",
  "forceLoginMethod",
  "wslInheritsWindowsSettings",
  "$schema",
] as const;

/** A settings file read and sorted: what the reader uses, and the names of what it does not. */
export type SettingsData = {
  /** The whole object, kept as read: merging and later readers work from it. */
  raw: Record<string, unknown>;
  /** Environment variables with text values. */
  env: Record<string, string>;
  /** env entries whose value is not text, by name. */
  envNotText: string[];
  /** Every key but the control key and $schema: whether the file delivers a policy at all. */
  policyKeys: string[];
  /** Top-level keys this reader does not interpret. */
  otherKeys: string[];
};

export type SettingsParse = { ok: true; data: SettingsData } | { ok: false; problem: string };

/** Reads the text of a settings file. Never throws; a problem comes back in plain words. */
export function parseSettingsText(text: string): SettingsParse {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/\s+/g, " ").slice(0, 160) : "";
    return {
      ok: false,
      problem: `It is not valid JSON${detail ? ` (${detail})` : ""}. Settings files are strict JSON: no comments, no trailing commas.`,
    };
  }
  const parsed = settingsObjectSchema.safeParse(json);
  if (!parsed.success || Array.isArray(json)) {
    return { ok: false, problem: "It is JSON, but not a settings file: a settings file is one object, { … }." };
  }
  return { ok: true, data: sortSettings(parsed.data) };
}

/** Sorts an object already known to be a settings object. */
export function sortSettings(raw: Record<string, unknown>): SettingsData {
  const env: Record<string, string> = {};
  const envNotText: string[] = [];
  const block = raw.env;
  if (block !== undefined && isPlainObject(block)) {
    for (const [name, value] of Object.entries(block)) {
      if (typeof value === "string") env[name] = value;
      else envNotText.push(name);
    }
  }
  const keys = Object.keys(raw);
  return {
    raw,
    env,
    envNotText,
    policyKeys: keys.filter((key) => key !== "wslInheritsWindowsSettings" && key !== "$schema"),
    otherKeys: keys.filter((key) => !(interpretedKeys as readonly string[]).includes(key)),
  };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Keys a later drop-in replaces whole rather than merging. */
const replacedWhole = new Set(["fallbackModel", "extraKnownMarketplaces"]);

/**
 * Merges a later managed file into an earlier one, as Claude Code merges managed-settings.json and then
 * each drop-in: single values replaced, lists combined without duplicates, nested blocks merged key by key.
 */
export function mergeSettings(
  earlier: Record<string, unknown>,
  later: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...earlier };
  for (const [key, value] of Object.entries(later)) {
    merged[key] = replacedWhole.has(key) ? value : mergeValue(earlier[key], value);
  }
  return merged;
}

function mergeValue(earlier: unknown, later: unknown): unknown {
  if (Array.isArray(earlier) && Array.isArray(later)) {
    const seen = new Set<string>();
    return [...earlier, ...later].filter((item) => {
      const key = JSON.stringify(item) ?? String(item);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  if (isPlainObject(earlier) && isPlainObject(later)) {
    const merged: Record<string, unknown> = { ...earlier };
    for (const [key, value] of Object.entries(later)) merged[key] = mergeValue(earlier[key], value);
    return merged;
  }
  return later;
}
