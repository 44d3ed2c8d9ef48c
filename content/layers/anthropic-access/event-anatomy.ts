/** The access-event widget: the fields of an anthropic_access event, with the documentation's example values. */
import type { ClaimId } from "@/content/model/claims";
import { claimsOf } from "@/lib/layers/cited";

export type EventField = { name: string; value: string; meaning: string };

export const eventCaption = {
  title: "Anatomy of an anthropic_access event",
  text: "with the example values from Anthropic’s documentation",
  claims: ["at-events", "at-event-fields"],
} as const satisfies { title: string; text: string; claims: readonly ClaimId[] };

export const eventFields = [
  { name: "id", value: "activity_013b013744txqZtFHLUaRqLr", meaning: "This event's own identifier." },
  {
    name: "type",
    value: "anthropic_access",
    meaning: "A person at Anthropic viewed content; cmek_preserve for a preservation.",
  },
  { name: "created_at", value: "2026-06-08T17:12:09.812446Z", meaning: "When the event became visible in the feed." },
  {
    name: "accessed_at",
    value: "2026-06-08T17:12:06.478035Z",
    meaning:
      "When the access (or, for cmek_preserve, the preservation) happened; it can be up to two business days earlier.",
  },
  {
    name: "organization_id",
    value: "org_0910d9133038914eta7i3vt",
    meaning: "The organization the content belongs to.",
  },
  {
    name: "actor",
    value: '{ "type": "anthropic_actor", "email_address": null }',
    meaning: "Always the same anonymous actor: the employee is never named.",
  },
  {
    name: "resource_details",
    value: '{ "type": "message", "id": "msg_1234ABCD" }',
    meaning: "The message that was viewed.",
  },
  { name: "accessor_department", value: "Safeguards", meaning: "The Anthropic team that looked." },
  { name: "reason_code", value: "safety_review", meaning: "Why: one of the four reason codes below." },
  {
    name: "organization_uuid",
    value: "5b236db4-3fb4-4bf3-a560-b5e266038a15",
    meaning: "The organization again, in UUID form. A workspace_id may also name the workspace.",
  },
] as const satisfies readonly EventField[];

export const eventAnatomyClaims = claimsOf([eventCaption]);
