/**
 * Validates a change log and orders it newest first. Pure: the caller supplies the references to check
 * against (`lib/content/changes.ts` passes the real model's), so tests can use small fixtures.
 */
import { changeLogSchemaFor, type Change, type ChangeRefs } from "./schema";

/** Newest first: by the date Anthropic's page changed, then the date the site recorded it, then by id. */
export function compareNewestFirst(a: Change, b: Change): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.recorded !== b.recorded) return a.recorded < b.recorded ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A sorted copy; the input is left as it is. */
export function sortNewestFirst(changes: readonly Change[]): Change[] {
  return [...changes].sort(compareNewestFirst);
}

/** The id of the entry an issue points into, when the input has one there, so every line names its entry. */
function entryName(input: unknown, path: readonly PropertyKey[]): string {
  const index = path[0];
  if (!Array.isArray(input) || typeof index !== "number") return "";
  const entry: unknown = input[index];
  const id = typeof entry === "object" && entry !== null && "id" in entry ? entry.id : undefined;
  return typeof id === "string" ? `change "${id}": ` : `entry ${index + 1}: `;
}

/** Parses and checks a change log, throwing one error that lists every problem for an editor to fix. */
export function parseChangeLog(input: unknown, refs: ChangeRefs): Change[] {
  const result = changeLogSchemaFor(refs).safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      // Cross-reference messages already start with the entry's id; field-level ones do not.
      const prefix = issue.code === "custom" ? "" : entryName(input, issue.path);
      const at = issue.path.length > 1 ? ` (at ${issue.path.slice(1).join(".")})` : "";
      return `- ${prefix}${issue.message}${at}`;
    });
    throw new Error(`The change log in content/changes/ is invalid:\n${lines.join("\n")}`);
  }
  return sortNewestFirst(result.data);
}
