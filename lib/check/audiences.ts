import type { AudienceId, DataKindId } from "@/lib/model/vocabulary";

/** Audiences inside the person's organization, or acting for it: the people the check is about. */
export const organizationAudiences = [
  "primary-owner",
  "owners",
  "admins",
  "compliance-key-holders",
  "telemetry-collector",
  "inference-hook-server",
] as const satisfies readonly AudienceId[];

/** Data kinds from the most to the least revealing, for ordering the summary. */
export const dataByImportance = [
  "chat-content",
  "uploaded-files",
  "claude-code-transcripts",
  "cowork-sessions",
  "api-content",
  "memory",
  "deleted-chats",
  "renamed-titles",
  "titles",
  "sign-in-metadata",
  "deletion-records",
  "usage-metrics",
  "claude-code-metrics",
  "telemetry",
] as const satisfies readonly DataKindId[];

export function isOrganizationAudience(id: AudienceId): boolean {
  return (organizationAudiences as readonly AudienceId[]).includes(id);
}
