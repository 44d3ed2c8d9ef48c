/** The Claude Code session widget: what each step of a session sends, and what stays on the computer. */
import type { ClaimId } from "@/content/model/claims";
import { claimsOf } from "@/lib/layers/cited";

export type SessionStep = {
  id: string;
  label: string;
  /** What leaves the computer at this step. */
  leaves: string;
  claims: readonly ClaimId[];
};

/** What every step leaves on the computer. */
export const stepStays = {
  text: "A plaintext copy of this step in the session transcript under ~/.claude/projects/.",
  claims: ["claude-code-local-transcripts"],
} as const satisfies { text: string; claims: readonly ClaimId[] };

export const sessionSteps = [
  {
    id: "prompt",
    label: "1. You type a prompt",
    leaves:
      "Your prompt, word for word, sent to Anthropic. If your organization collects telemetry, its collector gets the prompt's length, or its words when prompt logging is on.",
    claims: ["claude-code-sends", "otel-prompts"],
  },
  {
    id: "read",
    label: "2. It reads a file",
    leaves:
      "The text of the file it read, as the result of a tool call: a file leaves your computer when Claude Code reads it. Telemetry leaves out its path and contents unless your organization turns on logging of tool details, tool content or whole API requests.",
    claims: ["claude-code-sends", "sessions-content", "otel-tool-details", "otel-prompts"],
  },
  {
    id: "command",
    label: "3. It runs a command",
    leaves:
      "The command it asked to run (a tool call) and the text the command printed (the tool result). Telemetry leaves out the command and its output unless your organization turns on logging of tool details, tool content or whole API requests.",
    claims: ["sessions-content", "otel-tool-details", "otel-prompts"],
  },
  {
    id: "edit",
    label: "4. It proposes an edit",
    leaves:
      "The edit is Claude's output: it is written by the model at Anthropic and sent back to you, so it is part of the conversation too.",
    claims: ["claude-code-sends", "sessions-content"],
  },
] as const satisfies readonly SessionStep[];

/** The step shown in the server HTML and before any choice. */
export const defaultSessionStep: (typeof sessionSteps)[number]["id"] = "read";

export const sessionClaims = claimsOf([...sessionSteps, stepStays]);
