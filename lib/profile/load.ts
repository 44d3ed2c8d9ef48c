/**
 * Reads and validates the organization profile named by ORG_PROFILE. Used by next.config.ts (so a bad
 * profile stops the build before anything is written), by the build script and by server components.
 * Relative imports only, for the same reason as schema.ts.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { z } from "zod";
import { orgProfileSchema, type OrgProfile } from "./schema";

/** The largest logo accepted: a logo is a small mark, not a photograph. */
export const MAX_LOGO_BYTES = 200 * 1024;

export type LoadedProfile = {
  profile: OrgProfile;
  /** Absolute path of the profile file. */
  file: string;
  /** Absolute path of the logo file, when the profile names one. */
  logoFile?: string;
};

/** A profile that cannot be used; `problems` holds one line per problem, each naming the field. */
export class OrgProfileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      `The organization profile ${file} cannot be used:\n${problems.map((line) => `  - ${line}`).join("\n")}\n` +
        "Nothing was built. Fix the profile (see examples/northwind/org-profile.json and the README), or unset ORG_PROFILE for the general edition.",
    );
    this.name = "OrgProfileError";
  }
}

/** Reads, parses and validates a profile file; throws OrgProfileError with every problem found. */
export function loadOrgProfile(path: string): LoadedProfile {
  const file = resolve(path);
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new OrgProfileError(file, [`no file at ${file} (ORG_PROFILE is read relative to the project folder)`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new OrgProfileError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  const result = orgProfileSchema.safeParse(data, { reportInput: true });
  if (!result.success)
    throw new OrgProfileError(
      file,
      result.error.issues.map((issue) => describeIssue(issue, data)),
    );
  const profile = result.data;
  if (!profile.logo) return { profile, file };
  const logoFile = resolve(dirname(file), profile.logo.path);
  if (!existsSync(logoFile) || !statSync(logoFile).isFile()) {
    throw new OrgProfileError(file, [
      `field "logo.path": found "${profile.logo.path}", but there is no file at ${logoFile}`,
    ]);
  }
  if (statSync(logoFile).size > MAX_LOGO_BYTES) {
    throw new OrgProfileError(file, [
      `field "logo.path": found a file of ${statSync(logoFile).size} bytes; expected at most ${MAX_LOGO_BYTES} bytes`,
    ]);
  }
  return { profile, file, logoFile };
}

/** One line per issue: the field, the value found and what was expected. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "(the whole profile)";
  if (issue.code === "unrecognized_keys") {
    const where = issue.path.length > 0 ? ` in "${field}"` : "";
    return `unknown field${issue.keys.length > 1 ? "s" : ""}${where}: ${issue.keys.map((key) => `"${key}"`).join(", ")}; check the spelling against examples/northwind/org-profile.json`;
  }
  // The value at the issue's path in the file; a refinement over a whole object reports that object.
  const value = valueAt(data, issue.path);
  const found = value !== undefined ? `found ${show(value)}` : "found nothing";
  const expected =
    issue.code === "invalid_type" && value !== undefined && !issue.message.startsWith("Invalid input")
      ? issue.message
      : issue.code === "invalid_type"
        ? `a value of type ${issue.expected}`
        : issue.message;
  return `field "${field}": ${found}; expected ${expected}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

let cached: { key: string | undefined; loaded: LoadedProfile | undefined } | undefined;

/** The profile named by ORG_PROFILE, or undefined for the general edition. Read once per process. */
export function orgProfileFromEnv(): LoadedProfile | undefined {
  const key = process.env.ORG_PROFILE?.trim() || undefined;
  if (cached && cached.key === key) return cached.loaded;
  const loaded = key ? loadOrgProfile(key) : undefined;
  cached = { key, loaded };
  return loaded;
}
