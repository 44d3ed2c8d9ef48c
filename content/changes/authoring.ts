/**
 * The shape of a change-log entry as an editor writes it in `content/changes/`. Ids of sources, claims,
 * layers and vocabulary rows are checked at compile time; `lib/changes/` validates the rest.
 */
import type { ClaimId } from "@/content/model/claims";
import type { SourceId } from "@/content/model/sources";
import type { AccountId, AudienceId, DataKindId } from "@/lib/model/vocabulary";

/** The explainers a change can touch. */
export type ChangeLayerId =
  "usage-analytics" | "audit-logs" | "exports-and-compliance-api" | "incognito" | "claude-code" | "anthropic-access";

/** One verdict cell that moved; "not covered" means the model had no such cell, setting or data before. */
export type VerdictMove = {
  readonly accounts: readonly AccountId[];
  readonly data: DataKindId;
  readonly audience: AudienceId;
  readonly before: "yes" | "possible" | "no" | "not covered";
  readonly after: "yes" | "possible" | "no";
  /** The condition under which the new verdict holds, in plain words ("when the Compliance API is on"). */
  readonly when?: string;
};

export type AuthoredChange = {
  /** Stable id, also the anchor `#<id>` on /changes/. */
  readonly id: string;
  /** When Anthropic's page changed (YYYY-MM-DD): the day a dated copy first showed the new text. */
  readonly date: string;
  /** "no-later-than" when only a copy of unknown date showed the new text and `date` is the day it was stored. */
  readonly dateIs?: "first-seen" | "no-later-than";
  /** When this site took the change in (YYYY-MM-DD). */
  readonly recorded: string;
  /** A short headline in plain words. */
  readonly title: string;
  /** One to three sentences: what changed on Anthropic's side and what the site says now. */
  readonly summary: string;
  /** The pages that changed. */
  readonly sources: readonly SourceId[];
  /** The claims added or changed. */
  readonly claims: readonly ClaimId[];
  /** The explainers the change touches. */
  readonly layers: readonly ChangeLayerId[];
  /** The verdicts that moved; empty when only wording changed. */
  readonly verdicts: readonly VerdictMove[];
};
