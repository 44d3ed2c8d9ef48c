/** The deletion-timeline widget: what a data export and the Compliance API return at each moment around a deletion. */
import type { ClaimId } from "@/content/model/claims";
import { claimsOf } from "@/lib/layers/cited";

export type DeletionResult = { what: string; result: string; claims: readonly ClaimId[] };
export type DeletionMoment = { id: string; label: string; results: readonly DeletionResult[] };

export const deletionMoments = [
  {
    id: "before",
    label: "Before you delete the chat",
    results: [
      { what: "Your chat history", result: "Shows the chat.", claims: ["deleted-chat-leaves-history"] },
      { what: "A data export started now", result: "Includes the chat.", claims: ["export-contents"] },
      { what: "The Compliance API", result: "Returns the chat and its messages.", claims: ["compliance-content"] },
    ],
  },
  {
    id: "after",
    label: "After you delete it",
    results: [
      { what: "Your chat history", result: "The chat is gone at once.", claims: ["deleted-chat-leaves-history"] },
      {
        what: "A data export started now",
        result: "Leaves the chat out. An export made before the deletion still contains it.",
        claims: ["export-omits-deleted"],
      },
      {
        what: "The Compliance API",
        result: "Still returns the chat, marked as deleted with a deleted_at time.",
        claims: ["compliance-content-retention"],
      },
    ],
  },
  {
    id: "hard-deleted",
    label: "After retention ends or a hard delete",
    results: [
      { what: "Your chat history", result: "The chat is gone.", claims: ["deleted-chat-leaves-history"] },
      { what: "A data export started now", result: "Leaves the chat out.", claims: ["export-omits-deleted"] },
      {
        what: "The Compliance API",
        result: "Can no longer return the chat: it has been removed for good.",
        claims: ["compliance-content-retention"],
      },
    ],
  },
] as const satisfies readonly DeletionMoment[];

/** The moment shown in the server HTML and before any choice. */
export const defaultDeletionMoment: (typeof deletionMoments)[number]["id"] = "after";

export const deletionTimelineClaims = claimsOf(
  deletionMoments.flatMap((moment): readonly DeletionResult[] => moment.results),
);
