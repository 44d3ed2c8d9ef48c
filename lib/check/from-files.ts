import { settings as settingRows, accounts, partnerClouds, surfaces, labelOf } from "@/lib/model/vocabulary";
import type { Answers } from "./answers";

/*
 * Answers that came from a person's own Claude Code files, read on the "What does this computer send?"
 * page or by its terminal command. The link names them (from-files=account,otel-monitoring), so the check
 * can say which answers the files gave; an answer the person then changes is theirs and loses the mark.
 */

/** The questions the files can answer. */
export const fileAnswerKeys = ["account", "surfaces", "otel-monitoring", "otel-prompts"] as const;
export type FileAnswerKey = (typeof fileAnswerKeys)[number];

/** Drops the mark from every answer that differs between two sets of answers. */
export function keepUnchangedFileAnswers(before: Answers, after: Answers): Answers {
  const marks = after.fromFiles;
  if (!marks || marks.length === 0) return after;
  const kept = marks.filter((key) => sameAnswer(key, before, after));
  const rest = { ...after };
  delete rest.fromFiles;
  return kept.length > 0 ? { ...rest, fromFiles: kept } : rest;
}

function sameAnswer(key: FileAnswerKey, a: Answers, b: Answers): boolean {
  switch (key) {
    case "account":
      return a.account === b.account && a.partnerCloud === b.partnerCloud;
    case "surfaces":
      return (
        a.surfaces?.length === b.surfaces?.length &&
        (a.surfaces ?? []).every((surface) => b.surfaces?.includes(surface))
      );
    case "otel-monitoring":
    case "otel-prompts":
      return a.settings[key] === b.settings[key];
    default: {
      const unhandled: never = key;
      return unhandled;
    }
  }
}

/** One line per marked answer that is still answered, e.g. "Claude Code telemetry: yes". */
export function describeFileAnswers(answers: Answers): string[] {
  const lines: string[] = [];
  for (const key of answers.fromFiles ?? []) {
    switch (key) {
      case "account":
        if (answers.account) {
          const cloud = answers.partnerCloud ? ` (${labelOf(partnerClouds, answers.partnerCloud)})` : "";
          lines.push(`Account: ${labelOf(accounts, answers.account)}${cloud}`);
        }
        break;
      case "surfaces":
        if (answers.surfaces && answers.surfaces.length > 0) {
          lines.push(`Used: ${answers.surfaces.map((surface) => labelOf(surfaces, surface)).join("; ")}`);
        }
        break;
      case "otel-monitoring":
      case "otel-prompts": {
        const answer = answers.settings[key];
        if (answer) lines.push(`${labelOf(settingRows, key)}: ${answer === "unknown" ? "I don't know" : answer}`);
        break;
      }
      default: {
        const unhandled: never = key;
        return unhandled;
      }
    }
  }
  return lines;
}
