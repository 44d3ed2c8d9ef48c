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
] as const satisfies readonly AudienceId[];

/** Data that lives in claude.ai chats and projects. */
export const chatKinds = [
  "chat-content",
  "uploaded-files",
  "titles",
  "renamed-titles",
  "deleted-chats",
  "deletion-records",
] as const satisfies readonly DataKindId[];

/** Every data kind except telemetry, which only Claude Code sends and only to the organization's collector. */
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

/** How long incognito chats last, per the incognito article. */
export const incognitoWindow = "incognito chats: 30 days, or longer under your organization's retention policy";
