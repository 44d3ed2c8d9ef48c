/** Groups of ids and phrases several rule files use, so each is written once. */
import type { AudienceId, DataKindId } from "@/lib/model/vocabulary";
import type { AuthoredRule } from "../authoring";
import type { ClaimId } from "../claims";

/** A rule as written in this folder. */
export type RuleDraft = AuthoredRule<ClaimId>;

/** The roles and tools inside an organization that Anthropic's admin features serve. */
export const organizationRoles = [
  "admins",
  "owners",
  "primary-owner",
  "compliance-key-holders",
  "inference-hook-server",
] as const satisfies readonly AudienceId[];

/** Data that lives in claude.ai chats and projects, and the memory Claude builds from them. */
export const chatKinds = [
  "chat-content",
  "uploaded-files",
  "titles",
  "renamed-titles",
  "deleted-chats",
  "deletion-records",
  "memory",
] as const satisfies readonly DataKindId[];

/**
 * What an employer could come to see of a personal account on a work e-mail address: the history a
 * domain claim's "merge and join" moves into the organization, and the account details its admins can
 * list once the domain is verified. Everything else of a personal account stays outside any organization.
 */
export const claimableHistory = [
  "chat-content",
  "uploaded-files",
  "titles",
  "renamed-titles",
  "memory",
] as const satisfies readonly DataKindId[];
export const personalAccountKindsAnEmployerCouldReach = [
  ...claimableHistory,
  "sign-in-metadata",
] as const satisfies readonly DataKindId[];

/** Every data kind except telemetry, which Claude Code and Cowork send only to the organization's collector. */
export const allButTelemetry = [
  ...chatKinds,
  "usage-metrics",
  "sign-in-metadata",
  "claude-code-transcripts",
  "claude-code-metrics",
  "cowork-sessions",
  "api-content",
] as const satisfies readonly DataKindId[];

/** The window text for things the register gives no period for. */
export const notStated = "not stated in the sources used here";

/** What would settle whether Anthropic staff have viewed something. */
export const staffQuestion =
  "Has this content been drawn into a safety review or an incident investigation? Only Anthropic knows; where Access Transparency applies, your organization's Activity Feed records each view.";

/**
 * How long the Compliance API keeps sessions that ran on your computer (Claude Code, Cowork in Claude
 * Desktop): a finite custom retention period replaces the default, longer or shorter.
 */
export const localSessionsWindow =
  "6 years by default, or your organization's custom retention period when a finite one is set, whether shorter or longer (the shortest, if several are set)";

/** Cowork runs both on your computer and in the cloud, and the two are kept differently. */
export const coworkSessionsWindow = `6 years for Cowork sessions run in the cloud; for Cowork in Claude Desktop, ${localSessionsWindow}`;

/** How long incognito chats last, per the incognito article. */
export const incognitoWindow = "incognito chats: 30 days, or longer under your organization's retention policy";
