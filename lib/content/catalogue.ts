/** The validated catalogues of audit-log events and Activity Feed types; an invalid entry stops the build with its name. */
import { activityTypes as authoredActivityTypes } from "@/content/catalogue/activity-types";
import { auditEvents as authoredAuditEvents } from "@/content/catalogue/audit-events";
import { parseActivityTypes, type ActivityType } from "@/lib/catalogue/activity-type-schema";
import { parseAuditEvents, type AuditEvent } from "@/lib/catalogue/audit-event-schema";
import { model } from "@/lib/model/model";

const claimIds = new Set(model.claims.map((claim) => claim.id));

/** The audit-log event catalogue. */
export const auditEvents: readonly AuditEvent[] = parseAuditEvents(authoredAuditEvents, claimIds);

/** The Activity Feed type catalogue. */
export const activityTypes: readonly ActivityType[] = parseActivityTypes(authoredActivityTypes, claimIds);

/** An event by its CSV name, or undefined for an event the catalogue does not know. */
export function auditEventById(id: string): AuditEvent | undefined {
  return auditEvents.find((event) => event.id === id);
}

/** A type by its name, or undefined for a type the catalogue does not hold. */
export function activityTypeById(id: string): ActivityType | undefined {
  return activityTypes.find((entry) => entry.id === id);
}
