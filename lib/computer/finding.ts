/**
 * A finding: one thing the files say (or cannot say) about where this computer's Claude Code work goes,
 * in plain words, with the claims it rests on. A finding without a claim cannot be written: `claims` is a
 * non-empty tuple of the model's claim ids, so a misspelt id fails to compile.
 */
import * as z from "zod/mini";
import type { ClaimId } from "@/lib/content/model";
import type { SourceKind } from "./input-schema";

/** The questions the findings answer, in the order a report shows them. */
export const topics = [
  { id: "telemetry", title: "Does this computer send telemetry, and what is in it?" },
  { id: "account", title: "Which account is Claude Code signed in with?" },
  { id: "transcripts", title: "How long do transcripts stay on this computer?" },
  { id: "managed", title: "Who sets Claude Code's settings here?" },
  { id: "routing", title: "Where do Claude Code's requests go?" },
  { id: "limits", title: "What these files cannot tell" },
] as const;
export type TopicId = (typeof topics)[number]["id"];

/**
 * How a finding reads at a glance, always with a word as well as any colour: it sends work somewhere; no
 * file read switches it on (which is not the same as "off": a source the reader cannot see might); it is
 * switched off; it is kept on this computer; the files cannot tell; or it is background.
 */
export const tones = ["sends", "not-found", "does-not-send", "kept-here", "cannot-tell", "note"] as const;
export type Tone = (typeof tones)[number];

export const toneLabels = {
  sends: "Sends",
  "not-found": "Not in these files",
  "does-not-send": "Does not send",
  "kept-here": "Kept here",
  "cannot-tell": "Cannot tell",
  note: "Note",
} as const satisfies Record<Tone, string>;

/**
 * Whether the documentation says what the finding reads: "documented" for settings and variables Anthropic
 * describes; "file-layout" where Anthropic documents the file but not what is inside it, so the reading
 * follows what Claude Code writes today and may date.
 */
export const bases = ["documented", "file-layout"] as const;
export type Basis = (typeof bases)[number];

export type Finding = {
  /** Stable id, e.g. "telemetry-endpoint", so scripts reading `--json` can find one. */
  id: string;
  topic: TopicId;
  tone: Tone;
  /** One short sentence: the answer. */
  title: string;
  /** The reason and the detail, in plain words; never a secret. */
  detail: string;
  /** Where it was read: file paths, "environment variable X", "/status". Empty for what no file says. */
  from: string[];
  claims: readonly [ClaimId, ...ClaimId[]];
  basis: Basis;
};

/** The same shape as a schema, for anyone reading the command's `--json` and for the tests. */
export const findingSchema = z.object({
  id: z.string().check(z.minLength(1)),
  topic: z.enum(topics.map((topic) => topic.id) as [TopicId, ...TopicId[]]),
  tone: z.enum(tones),
  title: z.string().check(z.minLength(1)),
  detail: z.string(),
  from: z.array(z.string()),
  claims: z.array(z.string()).check(z.minLength(1)),
  basis: z.enum(bases),
});

/** How each kind of file is named to people. */
export const sourceLabels = {
  "managed-file": "managed-settings.json",
  "managed-drop-in": "a file in managed-settings.d/",
  "server-managed-cache": "remote-settings.json (server-managed settings)",
  "user-settings": "your settings.json",
  "claude-json": "~/.claude.json",
  credentials: ".credentials.json",
  status: "the text of /status",
} as const satisfies Record<SourceKind, string>;
