/**
 * What a file given to the browser page is: managed-settings.json, a drop-in, remote-settings.json, your
 * settings.json or the text of /status. Worked out from the name and the text, or taken from the person's
 * choice; anything else gets a plain message saying what it seems to be and what to give instead.
 */
import { sourceLabels } from "./finding";
import type { SourceKind } from "./input-schema";
import { megabytes } from "./layers";
import { isPlainObject, parseSettingsText } from "./settings-file";
import { parseStatusText } from "./status-text";

/** The page reads at most this much of one file or paste. Settings files are a few kilobytes. */
export const MAX_PAGE_BYTES = 1024 * 1024;

/** The kinds of file the page accepts, in the order its menu offers them. */
export const pageKinds = [
  "managed-file",
  "managed-drop-in",
  "server-managed-cache",
  "user-settings",
  "status",
] as const satisfies readonly SourceKind[];
export type PageKind = (typeof pageKinds)[number];

export type Detection = { ok: true; kind: PageKind } | { ok: false; message: string };

const byName: Record<string, PageKind> = {
  "managed-settings.json": "managed-file",
  "remote-settings.json": "server-managed-cache",
  "settings.json": "user-settings",
};

/** The message for a file that is too large, before it is read. */
export function tooLargeMessage(name: string, bytes: number): string {
  return `${name} is larger than the ${megabytes(MAX_PAGE_BYTES)} this page reads (${megabytes(bytes)}). Settings files and /status are a few kilobytes, so it did not read this one. Nothing you added before is lost.`;
}

export function detectKind(name: string, text: string, chosen: PageKind | "auto"): Detection {
  const base = name.split(/[\\/]/).pop()!.toLowerCase();
  const fail = (message: string): Detection => ({ ok: false, message });
  if (text.length > MAX_PAGE_BYTES) return fail(tooLargeMessage(name, text.length));
  if (text.includes("\u0000"))
    return fail(`${name} is not a text file. Give the page a settings file or the text of /status.`);
  if (text.trim() === "") return fail(`${name} is empty.`);

  if (base === ".claude.json" || base.endsWith(".credentials.json")) return fail(privateFile(base));
  if (base.endsWith(".jsonl")) {
    return fail(
      `${name} looks like a transcript, one record per line. This page does not read transcripts; the terminal command counts them without opening them.`,
    );
  }
  if (base === "settings.local.json") {
    return fail(
      `${name} is a project's own settings file. This page reads managed-settings.json, its drop-ins, remote-settings.json, your ~/.claude/settings.json and the text of /status.`,
    );
  }

  const looksJson = /^\s*[[{]/.test(text);
  const early = looksJson ? parseSettingsText(text) : undefined;
  if (early?.ok) {
    const raw = early.data.raw;
    if (isPlainObject(raw.claudeAiOauth)) return fail(privateFile(".credentials.json"));
    if (isPlainObject(raw.oauthAccount) || "numStartups" in raw || isPlainObject(raw.projects)) {
      return fail(privateFile(".claude.json"));
    }
  }
  const kind = chosen !== "auto" ? chosen : (byName[base] ?? (looksJson ? undefined : "status"));
  if (!kind) {
    return fail(
      `The page cannot tell from the name ${name} which settings file this is. Choose what it is under \u201cWhat is it?\u201d and read it again.`,
    );
  }
  if (kind === "status") {
    if (parseStatusText(text)) return { ok: true, kind };
    return fail(
      looksJson
        ? `${name} is JSON, not the text of /status. If it is a settings file, choose which under \u201cWhat is it?\u201d.`
        : `${name} does not look like the text of /status: none of its rows (Login method, Setting sources, API key) is there. Run /status in Claude Code and copy the whole screen.`,
    );
  }
  const parsed = early ?? parseSettingsText(text);
  if (!parsed.ok) {
    return fail(
      `${name} was read as ${sourceLabels[kind]}, but ${parsed.problem.charAt(0).toLowerCase()}${parsed.problem.slice(1)}${looksJson ? "" : " If it is the text of /status, choose that under \u201cWhat is it?\u201d."}`,
    );
  }
  return { ok: true, kind };
}

function privateFile(base: string): string {
  return base.endsWith(".credentials.json")
    ? "This is Claude Code's credentials file: it holds your sign-in tokens. Do not paste or share it anywhere; this page does not need it. The text of /status names your account instead."
    : "This is ~/.claude.json, which holds your sign-in and the history of every project. This page does not read it; paste the text of /status to show your account, or run the terminal command, which reads only the sign-in from it.";
}
