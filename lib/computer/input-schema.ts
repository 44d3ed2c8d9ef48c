/**
 * What the reader is given: the text of Claude Code's files as found (or why a file could not be read), the
 * environment variables, and a count of the local transcripts. The terminal command fills this in from the
 * disk and the browser page from what the person pastes; the reader itself never touches a file system.
 */
// zod's small build: this module ships to the browser with the page.
import * as z from "zod/mini";

/** Operating systems with a documented layout of Claude Code's files. */
export const osIds = ["macos", "linux", "windows"] as const;
export type Os = (typeof osIds)[number];

/** Each kind of file the reader understands. */
export const sourceKinds = [
  "managed-file",
  "managed-drop-in",
  "server-managed-cache",
  "user-settings",
  "claude-json",
  "credentials",
  "status",
] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** What reading one file gave. */
export const readStateSchema = z.discriminatedUnion("state", [
  /** The file's text. */
  z.object({ state: z.literal("text"), text: z.string() }),
  /** No such file: on a computer, a fact worth reporting ("no managed settings file"). */
  z.object({ state: z.literal("missing") }),
  /** The file exists but could not be read, with the reason in plain words. */
  z.object({ state: z.literal("unreadable"), reason: z.string() }),
  /** The file is larger than the reader accepts for its kind; it was not read. */
  z.object({ state: z.literal("too-large"), bytes: z.number(), limit: z.number() }),
]);
export type ReadState = z.infer<typeof readStateSchema>;

export const sourceInputSchema = z.object({
  /** Which file this is. */
  kind: z.enum(sourceKinds),
  /** Where it was found, or the name it was given in the browser. */
  path: z.string(),
  read: readStateSchema,
});
export type SourceInput = z.infer<typeof sourceInputSchema>;

/** A count of the transcripts under ~/.claude/projects/, made by the command. */
export const transcriptStatsSchema = z.discriminatedUnion("state", [
  z.object({
    state: z.literal("counted"),
    path: z.string(),
    /** Folders directly under projects/, one per project directory Claude Code was used in. */
    projects: z.number(),
    /** Transcript files (.jsonl), subagent transcripts included. */
    files: z.number(),
    bytes: z.number(),
    /** Modification time of the oldest and newest transcript, as ISO dates. */
    oldest: z.optional(z.string()),
    newest: z.optional(z.string()),
    /** True when the count stopped at its limit: the figures are then a lower bound. */
    capped: z.boolean(),
  }),
  z.object({ state: z.literal("missing"), path: z.string() }),
  z.object({ state: z.literal("unreadable"), path: z.string(), reason: z.string() }),
]);
export type TranscriptStats = z.infer<typeof transcriptStatsSchema>;

export const computerInputSchema = z.object({
  /** The computer's operating system, when known (the command knows it; a browser page does not ask). */
  os: z.optional(z.enum(osIds)),
  /** Where the input came from: the command reads the documented paths, the page only what it is given. */
  via: z.enum(["command", "page"]),
  sources: z.array(sourceInputSchema),
  /** The environment Claude Code would start in; absent when it was not read (the browser page). */
  env: z.optional(z.record(z.string(), z.string())),
  transcripts: z.optional(transcriptStatsSchema),
  /** Show e-mail addresses in full instead of masked. */
  revealEmail: z.optional(z.boolean()),
});
export type ComputerInput = z.infer<typeof computerInputSchema>;
