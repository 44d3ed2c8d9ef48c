import { z } from "zod";
import { parseCitedList } from "@/lib/model/cited-list";

/** Groups the audit-log events as the help page's table does, in plain names. */
export const auditCategories = [
  { id: "sign-in", label: "Sign-in and account" },
  { id: "content", label: "Chats and files" },
  { id: "projects", label: "Projects" },
  { id: "members", label: "Members and invitations" },
  { id: "sso", label: "Single sign-on and domains" },
  { id: "exports", label: "Data exports" },
] as const;

export type AuditCategoryId = (typeof auditCategories)[number]["id"];

export const auditEventSchema = z
  .object({
    /** The event name exactly as it appears in the `event` column of the CSV export. */
    id: z.string().regex(/^[a-z_]+$/),
    /** Which group of the catalogue it belongs to. */
    category: z.enum(auditCategories.map((c) => c.id) as [AuditCategoryId, ...AuditCategoryId[]]),
    /** What happened, in plain words. */
    meaning: z.string().min(5),
    /**
     * What the row's `event_info` is documented to hold, or null where Anthropic's page documents
     * nothing beyond the event's name (the catalogue never guesses).
     */
    eventInfo: z.string().min(3).nullable(),
    /** What the event tells someone reading the log about the person who caused it. */
    reveals: z.string().min(5),
    /** True only where the documented `event_info` holds text a person typed, such as a chat's new name. */
    recordsTypedText: z.boolean(),
    /** Claims that list the event (and document its `event_info`, where given). */
    claims: z.array(z.string()).min(1),
  })
  .strict();

export type AuditEvent = z.infer<typeof auditEventSchema>;

/** Validates the catalogue: well-formed entries, unique names, cited claims that exist. */
export function parseAuditEvents(entries: unknown, knownClaimIds: ReadonlySet<string>): AuditEvent[] {
  return parseCitedList(auditEventSchema, "content/catalogue/audit-events.ts", "event", entries, knownClaimIds);
}
