/** The audit-row widget: the nine columns of an audit-log row, each with a made-up value and what it tells. */
import type { ClaimId } from "@/content/model/claims";
import { claimsOf } from "@/lib/layers/cited";

export type AuditColumn = { name: string; example: string; meaning: string; claims: readonly ClaimId[] };

export const rowCaption = {
  title: "Anatomy of one audit-log row",
  text: "the nine columns of the export",
  claims: ["audit-log-columns"],
} as const satisfies { title: string; text: string; claims: readonly ClaimId[] };

export const auditColumns = [
  { name: "created_at", example: "2026-03-04T09:15:22Z", meaning: "When the action happened.", claims: [] },
  {
    name: "actor_info",
    example: "Sam Example, sam@example.com",
    meaning: "Who did it: the person's account.",
    claims: [],
  },
  {
    name: "event",
    example: "conversation_renamed",
    meaning: "What happened: one of the documented event names listed in the explorer below.",
    claims: ["audit-log-events"],
  },
  {
    name: "event_info",
    example: "new_name: Salary review for my team",
    meaning:
      "Details of the event. For most events nothing more is documented; for a renamed chat it holds the new name you typed.",
    claims: ["audit-log-titles"],
  },
  {
    name: "entity_info",
    example: "chat_conversation, with its identifier",
    meaning:
      "What the action affected: an account, an invite, a project, a project document, a chat, a file or an SSO connection.",
    claims: ["audit-log-entity-types"],
  },
  {
    name: "ip_address",
    example: "203.0.113.24",
    meaning: "The network address the action came from, which can hint at a place.",
    claims: [],
  },
  { name: "device_id", example: "a1b2c3d4-example", meaning: "An identifier of the device used.", claims: [] },
  {
    name: "user_agent",
    example: "Mozilla/5.0 (Macintosh; …) Firefox/140.0",
    meaning: "The browser or app and its operating system, as the browser reports them.",
    claims: [],
  },
  {
    name: "client_platform",
    example: "iOS",
    meaning: "The mobile platform, iOS or Android.",
    claims: ["audit-log-client-platform"],
  },
] as const satisfies readonly AuditColumn[];

export const rowAnatomyClaims = claimsOf([rowCaption, ...auditColumns]);
