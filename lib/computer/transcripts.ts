/**
 * How long Claude Code keeps transcripts on this computer (cleanupPeriodDays, 30 days unless set) and, when
 * the command counted them, how much is there now.
 */
import { formatIsoDate } from "@/lib/site/format-date";
import { wholeNumber } from "@/lib/site/whole-number";
import type { Finding } from "./finding";
import type { ComputerInput } from "./input-schema";
import { describeOrigin, isManaged, megabytes, type Layers } from "./layers";
import { switchOf } from "./switches";

export const transcriptVariables = ["CLAUDE_CODE_SKIP_PROMPT_HISTORY"];

const defaultDays = 30;

export function readTranscripts(input: ComputerInput, layers: Layers): Finding[] {
  const findings: Finding[] = [];
  const base = { topic: "transcripts" as const, basis: "documented" as const };
  const skip = layers.env("CLAUDE_CODE_SKIP_PROMPT_HISTORY");
  if (switchOf(skip?.value) === "on") {
    findings.push({
      ...base,
      id: "transcripts-skipped",
      tone: "does-not-send",
      title: "Claude Code does not write transcripts or prompt history to disk here.",
      detail: `CLAUDE_CODE_SKIP_PROMPT_HISTORY=1 is set in ${describeOrigin(skip!)}. Transcripts written before it was set stay until they age out.`,
      from: [skip!.origin],
      claims: ["claude-code-cleanup-period"],
    });
  }

  const period = layers.key("cleanupPeriodDays");
  const value = period?.value;
  if (period === undefined) {
    findings.push({
      ...base,
      id: "transcripts-period",
      tone: "kept-here",
      title: `Transcripts stay on this computer for ${defaultDays} days, the default.`,
      detail:
        "Claude Code deletes each transcript under ~/.claude/projects/ once it is older than 30 days. No settings file read here sets cleanupPeriodDays; a project's own settings could.",
      from: [],
      claims: ["claude-code-cleanup-period", "claude-code-local-transcripts"],
    });
  } else if (typeof value === "number" && Number.isInteger(value) && value >= 1) {
    const managed = isManaged(period.layer);
    findings.push({
      ...base,
      id: "transcripts-period",
      tone: "kept-here",
      title: `Transcripts stay on this computer for ${value} ${value === 1 ? "day" : "days"}.`,
      detail: `cleanupPeriodDays is ${value} in ${describeOrigin(period)}: Claude Code deletes each transcript under ~/.claude/projects/ once it is older than that.${managed ? " A managed value wins over your own settings." : ""}`,
      from: [period.origin],
      claims: ["claude-code-cleanup-period", "claude-code-local-transcripts"],
    });
  } else {
    findings.push({
      ...base,
      id: "transcripts-period",
      tone: "cannot-tell",
      title: "cleanupPeriodDays is set to something that is not a valid period.",
      detail: `It is set in ${describeOrigin(period)}, but not to a whole number of days of at least 1, the documented minimum. Claude Code reports it as a settings error; which period then applies is not something these files can tell.`,
      from: [period.origin],
      claims: ["claude-code-cleanup-period"],
    });
  }

  const stats = input.transcripts;
  if (!stats) return findings;
  switch (stats.state) {
    case "counted": {
      const atLeast = stats.capped ? "at least " : "";
      const span =
        stats.oldest && stats.newest
          ? ` The oldest was last written on ${formatIsoDate(stats.oldest.slice(0, 10))}, the newest on ${formatIsoDate(stats.newest.slice(0, 10))}.`
          : "";
      findings.push({
        ...base,
        id: "transcripts-on-disk",
        tone: "kept-here",
        title:
          stats.files === 0
            ? "There are no transcripts on this computer now."
            : `${stats.capped ? "At least " : ""}${count(stats.files, "transcript")} ${stats.files === 1 ? "is" : "are"} on this computer now, ${atLeast}${megabytes(stats.bytes)}, from ${count(stats.projects, "project folder")}.`,
        detail: `In ${stats.path}. They are plain text: every message, tool call and tool result, so the contents of files Claude Code read.${span}${stats.capped ? " The count stopped at its limit, so the real figures are higher." : ""}`,
        from: [stats.path],
        claims: ["claude-code-local-transcripts", "claude-code-cleanup-period"],
      });
      break;
    }
    case "missing":
      findings.push({
        ...base,
        id: "transcripts-on-disk",
        tone: "note",
        title: "There is no transcripts folder on this computer.",
        detail: `${stats.path} does not exist: Claude Code has not kept a transcript here for this user.`,
        from: [stats.path],
        claims: ["claude-code-local-transcripts"],
      });
      break;
    case "unreadable":
      findings.push({
        ...base,
        id: "transcripts-on-disk",
        tone: "cannot-tell",
        title: "The transcripts folder could not be read.",
        detail: `${stats.path}: ${stats.reason}.`,
        from: [stats.path],
        claims: ["claude-code-local-transcripts"],
      });
      break;
    default: {
      const unhandled: never = stats;
      return unhandled;
    }
  }
  return findings;
}

function count(n: number, noun: string): string {
  return `${wholeNumber(n)} ${noun}${n === 1 ? "" : "s"}`;
}
