/**
 * Which events the page singles out, decided from the type name and the documented fields. Kept apart
 * from the summariser so the page can say exactly which names count as what.
 */

export type HighlightKind = "renamed" | "deleted" | "export" | "new-ip" | "new-device";

/** Renaming records the new name a person typed (`conversation_renamed` documents `new_name`). */
export const isRename = (type: string) => /renamed$/.test(type);
/** Anything whose name says something was deleted. */
export const isDeletion = (type: string) => /(^|_)deleted?$/.test(type);
/** A data or log export being started (`org_data_export_started`, or any feed type whose name ends the same way). */
export const isExportStart = (type: string) => /export_started$/.test(type);
/** A successful sign-in: the audit log's `user_signed_in_*` events, and feed types named as logins. */
export const isSignIn = (type: string) => /signed_in|login_succeeded|logged_in/.test(type);

function get(details: unknown, name: string): unknown {
  return typeof details === "object" && details !== null ? (details as Record<string, unknown>)[name] : undefined;
}

/** The new name a rename event records, when its details hold one. */
export function renamedTo(details: unknown): string | null {
  for (const name of ["new_name", "name", "title", "new_title"]) {
    const value = get(details, name);
    if (typeof value === "string") return value.slice(0, 500);
  }
  return null;
}

/**
 * Whether Anthropic started an export, from `initiated_by_anthropic` (documented as yes/no); null when
 * the row does not say.
 */
export function startedByAnthropic(details: unknown): boolean | null {
  const value = get(details, "initiated_by_anthropic");
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    const lower = value.trim().toLowerCase();
    if (["yes", "true", "1"].includes(lower)) return true;
    if (["no", "false", "0"].includes(lower)) return false;
  }
  return null;
}
