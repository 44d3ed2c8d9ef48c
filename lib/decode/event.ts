/**
 * What the decoder turns every valid row into, whichever file it came from: an audit-log CSV row or an
 * Activity Feed activity. The summariser and the page read only this shape.
 */

/** The formats the decoder reads. */
export type FormatKind = "audit-csv" | "activity-json" | "activity-jsonl";

/** Where an event came from, which decides which catalogue explains its type. */
export type EventSource = "audit-log" | "activity-feed";

/** Who caused an event, as far as the row says. */
export type DecodedActor = {
  /** The key the per-person view groups by: the e-mail address, else a user id, else a description. */
  key: string;
  /** The actor's type where the row gives one, e.g. `user` or `anthropic_actor`. */
  type: string | null;
  email: string | null;
  userId: string | null;
};

/** The fields Access Transparency events (`anthropic_access`, `cmek_preserve`) carry. */
export type AccessDetails = {
  /** When the content was viewed or preserved (RFC 3339), or null when missing. */
  accessedAt: string | null;
  reasonCode: string | null;
  department: string | null;
  resourceType: string | null;
  resourceId: string | null;
};

/** One valid row. */
export type DecodedEvent = {
  source: EventSource;
  /** The row's number in the file: a line number for CSV and JSON Lines, an item number for JSON. */
  row: number;
  /** The activity id, for Activity Feed records. */
  id: string | null;
  /** The event or activity type exactly as written. */
  type: string;
  /** `created_at` as written. */
  createdAt: string;
  /** `created_at` in milliseconds since 1970. */
  time: number;
  actor: DecodedActor;
  ipAddress: string | null;
  deviceId: string | null;
  userAgent: string | null;
  clientPlatform: string | null;
  /** The row's details: the parsed `event_info` of a CSV row, or an activity's type-specific fields. */
  details: unknown;
  /** `entity_info` of a CSV row, parsed where it is JSON. */
  entity: unknown;
  /** Present on Access Transparency events only. */
  access: AccessDetails | null;
};

/** A row that did not fit, kept in full only for the first few. */
export type RowError = {
  row: number;
  reason: string;
  /** The start of the row's text, cut to a few hundred characters. */
  excerpt: string;
};
