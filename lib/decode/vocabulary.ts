/**
 * The fixed names the decoder relies on, kept free of zod so the page can use them without shipping the
 * schemas to the browser (the schemas run in the Web Worker).
 */
import { reasonCodes, type ReasonCode } from "@/lib/content/reason-codes";
import type { FormatKind } from "./event";

/** The nine columns of the audit-log CSV export, in the order the help page lists them. */
export const auditColumns = [
  "created_at",
  "actor_info",
  "event",
  "event_info",
  "entity_info",
  "ip_address",
  "device_id",
  "user_agent",
  "client_platform",
] as const;

export type AuditColumn = (typeof auditColumns)[number];

/** The Access Transparency activity types, which carry `accessed_at`, `reason_code` and the rest. */
export const accessTypes = ["anthropic_access", "cmek_preserve"] as const;

export { reasonCodes, type ReasonCode } from "@/lib/content/reason-codes";

/** Whether a reason code is one of the documented ones, a closed set. */
export const isReasonCode = (code: string): code is ReasonCode => (reasonCodes as readonly string[]).includes(code);

/** How the page names each format. */
export const formatLabels: Record<FormatKind, string> = {
  "audit-csv": "an audit-log export (CSV)",
  "activity-json": "Activity Feed JSON (one or more responses of the Compliance API)",
  "activity-jsonl": "Activity Feed JSON Lines (one activity per line)",
};
