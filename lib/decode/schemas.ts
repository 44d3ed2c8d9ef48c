import { z } from "zod";
import type { AccessDetails, DecodedActor, DecodedEvent } from "./event";
import { parseTime } from "./time";
import { accessTypes } from "./vocabulary";

const timestamp = z.string().refine((text) => parseTime(text) !== null, "is not a date and time");
const typeName = z
  .string()
  .trim()
  .min(1, "is empty")
  .max(200, "is longer than 200 characters")
  .regex(/^[A-Za-z0-9_.:-]+$/, "is not an event name (letters, digits and _ . : - only)");
const optionalText = z.string().nullable().optional();

/** One audit-log CSV row, as text per column. `actor_info`, `event_info` and `entity_info` hold JSON text. */
export const auditRowSchema = z.object({
  created_at: timestamp,
  actor_info: z.string(),
  event: typeName,
  event_info: z.string(),
  entity_info: z.string(),
  ip_address: z.string(),
  device_id: z.string(),
  user_agent: z.string(),
  client_platform: z.string(),
});

export type AuditRow = z.infer<typeof auditRowSchema>;

/** The actor of an activity. Access Transparency events always have `{ type: "anthropic_actor", email_address: null }`. */
export const activityActorSchema = z.looseObject({
  type: z.string().min(1),
  email_address: optionalText,
  user_id: optionalText,
  ip_address: optionalText,
  user_agent: optionalText,
});

/** One Activity Feed record: the standard fields; type-specific fields are kept as they are. */
export const activitySchema = z.looseObject({
  id: z.string().min(1),
  created_at: timestamp,
  organization_id: optionalText,
  organization_uuid: optionalText,
  actor: activityActorSchema,
  type: typeName,
});

export type Activity = z.infer<typeof activitySchema>;

/** The extra fields of `anthropic_access` and `cmek_preserve`; a parser that handles one handles both. */
export const accessActivitySchema = z.looseObject({
  accessed_at: timestamp,
  accessor_department: optionalText,
  reason_code: z.string().min(1),
  resource_details: z.looseObject({ type: optionalText, id: optionalText, parent: optionalText }).nullable().optional(),
  workspace_id: optionalText,
});

/** A response of the Activity Feed: a page of activities and the pagination fields. */
export const feedEnvelopeSchema = z.looseObject({
  data: z.array(z.unknown()),
  has_more: z.boolean().optional(),
  first_id: z.string().nullable().optional(),
  last_id: z.string().nullable().optional(),
});

/** A field that should hold JSON: parsed when it is, kept as its raw text when it is not, null when empty. */
export function parseLenientJson(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return trimmed;
    }
  }
  return trimmed;
}

function field(value: unknown, ...names: string[]): string | null {
  if (typeof value !== "object" || value === null) return null;
  for (const name of names) {
    const found = (value as Record<string, unknown>)[name];
    if (typeof found === "string" && found.trim() !== "") return found.trim();
    if (typeof found === "number") return String(found);
  }
  return null;
}

/** The actor of a CSV row. The help page does not document `actor_info`'s fields, so common names are tried. */
export function auditActor(actorInfo: unknown): DecodedActor {
  const email = field(actorInfo, "email_address", "email");
  const userId = field(actorInfo, "user_id", "uuid", "id", "account_uuid");
  const type = field(actorInfo, "type", "actor_type");
  const name = field(actorInfo, "name", "full_name");
  const raw = typeof actorInfo === "string" ? actorInfo.slice(0, 200) : null;
  return { key: email ?? userId ?? name ?? raw ?? "Unnamed actor", type, email, userId };
}

const blankToNull = (text: string) => (text.trim() === "" ? null : text.trim());

/** A validated CSV row as a decoded event. */
export function eventFromAuditRow(row: AuditRow, line: number): DecodedEvent {
  const actorInfo = parseLenientJson(row.actor_info);
  return {
    source: "audit-log",
    row: line,
    id: null,
    type: row.event.trim(),
    createdAt: row.created_at.trim(),
    time: parseTime(row.created_at)!,
    actor: auditActor(actorInfo),
    ipAddress: blankToNull(row.ip_address),
    deviceId: blankToNull(row.device_id),
    userAgent: blankToNull(row.user_agent),
    clientPlatform: blankToNull(row.client_platform),
    details: parseLenientJson(row.event_info),
    entity: parseLenientJson(row.entity_info),
    access: null,
  };
}

const standardActivityFields = new Set(["id", "created_at", "organization_id", "organization_uuid", "actor", "type"]);

/** The actor of an activity; Anthropic's own actor names nobody, and the key says so. */
export function activityActor(actor: Activity["actor"]): DecodedActor {
  const email = actor.email_address?.trim() || null;
  const userId = actor.user_id?.trim() || null;
  const fallback = actor.type === "anthropic_actor" ? "Anthropic (person not named)" : `Unnamed ${actor.type}`;
  return { key: email ?? userId ?? fallback, type: actor.type, email, userId };
}

/**
 * A validated activity as a decoded event, or the reason it does not fit when an Access Transparency
 * event lacks the fields it is documented to carry.
 */
export function eventFromActivity(activity: Activity, row: number): DecodedEvent | { error: string } {
  let access: AccessDetails | null = null;
  if ((accessTypes as readonly string[]).includes(activity.type)) {
    const parsed = accessActivitySchema.safeParse(activity);
    if (!parsed.success) return { error: describeIssues(parsed.error) };
    const data = parsed.data;
    access = {
      accessedAt: data.accessed_at,
      reasonCode: data.reason_code,
      department: data.accessor_department ?? null,
      resourceType: data.resource_details?.type ?? null,
      resourceId: data.resource_details?.id ?? null,
    };
  }
  const details: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(activity)) if (!standardActivityFields.has(key)) details[key] = value;
  return {
    source: "activity-feed",
    row,
    id: activity.id,
    type: activity.type.trim(),
    createdAt: activity.created_at,
    time: parseTime(activity.created_at)!,
    actor: activityActor(activity.actor),
    ipAddress: activity.actor.ip_address?.trim() || null,
    deviceId: null,
    userAgent: activity.actor.user_agent?.trim() || null,
    clientPlatform: null,
    details,
    entity: null,
    access,
  };
}

/** A zod error as one short sentence naming each field, e.g. "created_at is not a date and time". */
export function describeIssues(error: z.ZodError): string {
  const seen = new Set<string>();
  return error.issues
    .filter((issue) => {
      // One reason per field is enough: an empty name need not also be called a malformed one.
      const key = issue.path.join(".");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path.join(".") || "the record";
      if (issue.code === "invalid_type" && /received undefined/.test(issue.message)) return `${path} is missing`;
      if (issue.code === "invalid_type")
        return `${path} has the wrong type (${issue.message.replace(/^Invalid input: /, "")})`;
      return `${path} ${issue.message}`;
    })
    .join("; ");
}
