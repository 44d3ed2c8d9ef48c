import type { ActivityType } from "@/lib/catalogue/activity-type-schema";

const fromName = "(Only the name is documented; this meaning is read from it.)";

/**
 * The Activity Feed types Anthropic's pages describe (Access Transparency) or name as examples. Every other
 * type a file holds is still counted and shown, labelled as not in this catalogue.
 */
export const activityTypes: ActivityType[] = [
  {
    id: "anthropic_access",
    group: "access-transparency",
    meaning: "A person at Anthropic viewed retained content of the organization, under a published reason code.",
    fields:
      "accessed_at, accessor_department, reason_code, resource_details (type and id), workspace_id; the actor is always Anthropic, with no person named.",
    reveals:
      "When Anthropic staff looked at a message, which team, and why; not who the person was, and not automated processing.",
    claims: ["at-events", "at-event-timing", "at-reason-codes", "at-delivery", "at-automated-not-logged"],
  },
  {
    id: "cmek_preserve",
    group: "access-transparency",
    meaning:
      "Anthropic preserved content beyond the normal retention window; for organizations with their own encryption key, the content was re-encrypted outside that key.",
    fields: "The same fields as anthropic_access; accessed_at is when the content was preserved.",
    reveals: "That a message was kept for an investigation, when, and under which reason code.",
    claims: ["cmek-preserve", "at-event-timing", "at-reason-codes", "at-delivery"],
  },
  {
    id: "claude_chat_created",
    group: "named-example",
    meaning: `A chat was started in Claude. ${fromName}`,
    fields: null,
    reveals: "When a person started a chat, and from which IP address and browser.",
    claims: ["activity-type-examples", "activity-record-shape"],
  },
  {
    id: "claude_chat_viewed",
    group: "named-example",
    meaning:
      "A Claude app loaded the chat from Anthropic's servers. It is recorded on every load, sometimes in the background, so it does not show that a person read the chat.",
    fields: null,
    reveals: "Whose app loaded which chat (by its identifier), and when; not that anyone read it.",
    claims: ["activity-type-examples", "activity-record-shape"],
  },
  {
    id: "claude_file_uploaded",
    group: "named-example",
    meaning: `A file was uploaded to Claude. ${fromName}`,
    fields: null,
    reveals: "Who uploaded a file (by its identifier), and when.",
    claims: ["activity-type-examples", "activity-record-shape"],
  },
  {
    id: "claude_file_viewed",
    group: "named-example",
    meaning:
      "A Claude app loaded the file from Anthropic's servers. It is recorded on every load, so it does not show that a person opened the file.",
    fields: null,
    reveals: "Whose app loaded which file (by its identifier), and when; not that anyone read it.",
    claims: ["activity-type-examples", "activity-record-shape"],
  },
  {
    id: "claude_project_viewed",
    group: "named-example",
    meaning:
      "A Claude app loaded the project from Anthropic's servers. It is recorded on every load, so it does not show that a person looked at the project.",
    fields: null,
    reveals: "Whose app loaded which project (by its identifier), and when; not that anyone read it.",
    claims: ["activity-type-examples", "activity-record-shape"],
  },
  {
    id: "compliance_api_accessed",
    group: "named-example",
    meaning: `The Compliance API was used. ${fromName}`,
    fields: null,
    reveals: "That someone, or a tool holding a key, read the organization's records through the Compliance API.",
    claims: ["activity-type-examples", "activity-record-shape"],
  },
  {
    id: "account_deleted",
    group: "named-example",
    meaning: `An account was deleted. ${fromName}`,
    fields: null,
    reveals: "That an account was removed, and when.",
    claims: ["activity-type-examples", "activity-record-shape"],
  },
  {
    id: "admin_api_key_created",
    group: "named-example",
    meaning: `An Admin API key was created. ${fromName}`,
    fields: null,
    reveals: "That someone created a key for managing the organization, and when.",
    claims: ["activity-type-examples", "activity-record-shape"],
  },
];
