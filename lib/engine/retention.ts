/**
 * Fills the {retention} placeholder in rule texts with how long the organization keeps chats. It reads
 * the situation itself, not one completion, so an unknown custom retention reads "by default …, or …"
 * instead of splitting a text that never changes a verdict.
 */
import type { Situation } from "@/lib/model/situation-schema";

type RetentionAnswers = Pick<Situation, "account" | "settings" | "retentionDays"> &
  Partial<Pick<Situation, "behaviours">>;

/** A custom retention period set for projects supersedes the one for chats (custom retention article). */
const projectClause =
  "; chats inside a project follow the project's retention period instead, counted from the project's last update";

function enterprisePhrase({ settings, retentionDays }: RetentionAnswers): string {
  const custom =
    retentionDays === undefined
      ? "until your organization's custom retention period ends"
      : `${retentionDays} days after the last message, under your organization's custom retention period`;
  const answer = settings["custom-retention"];
  switch (answer) {
    case "yes":
      return custom;
    case "no":
      return "indefinitely, Enterprise's default when no custom retention period is set";
    case "unknown":
      return `indefinitely by default on Enterprise, or, if a custom retention period is set, ${custom}`;
    default: {
      const unhandled: never = answer;
      throw new Error(`Unknown answer "${String(unhandled)}"`);
    }
  }
}

export function retentionPhrase(situation: RetentionAnswers): string {
  switch (situation.account) {
    case "enterprise": {
      const inProjects = situation.behaviours?.includes("projects") && situation.settings["custom-retention"] !== "no";
      return `${enterprisePhrase(situation)}${inProjects ? projectClause : ""}`;
    }
    case "team":
      return "as long as the chat stays in your organization's history";
    case "personal":
    case "console":
    case "partner-cloud":
      return "as long as your account keeps it";
    default: {
      const unhandled: never = situation.account;
      throw new Error(`Unknown account "${String(unhandled)}"`);
    }
  }
}

/** Replaces every {retention} in a text; other placeholders are refused by the rule schema. */
export function fillPlaceholders(text: string, situation: RetentionAnswers): string {
  return text.includes("{retention}") ? text.replaceAll("{retention}", retentionPhrase(situation)) : text;
}
