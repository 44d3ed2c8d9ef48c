import { auditEvents as entries } from "@/content/catalogue/audit-events";
import { model } from "@/lib/model/model";
import { parseAuditEvents, type AuditEvent } from "./audit-event-schema";

/** The validated audit-log event catalogue; an invalid entry stops the build with its name. */
export const auditEvents: readonly AuditEvent[] = parseAuditEvents(
  entries,
  new Set(model.claims.map((claim) => claim.id)),
);

/** An event by its CSV name, or undefined for an event the catalogue does not know. */
export function auditEventById(id: string): AuditEvent | undefined {
  return auditEvents.find((event) => event.id === id);
}
