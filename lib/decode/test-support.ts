/** Helpers shared by the decoder's tests (not shipped: nothing in the app imports this file). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createDecodeSession, type DecodeResult } from "./session";

export const header =
  "created_at,actor_info,event,event_info,entity_info,ip_address,device_id,user_agent,client_platform";

/** One CSV row with sensible defaults. */
export function csvRow(
  fields: { at?: string; actor?: string; event?: string; info?: string; ip?: string } = {},
): string {
  const actor = fields.actor ?? '{"email_address": "a@example.com"}';
  const info = fields.info ?? "";
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
  return [
    fields.at ?? "2026-10-01T08:00:00Z",
    quote(actor),
    fields.event ?? "conversation_created",
    quote(info),
    "{}",
    fields.ip ?? "192.0.2.1",
    "dev1",
    "UA",
    "",
  ].join(",");
}

/** Decodes text in chunks of the given size. */
export function decode(text: string, chunkSize = 1 << 16, maxRowChars?: number): DecodeResult {
  const session = createDecodeSession(maxRowChars ? { maxRowChars } : {});
  for (let i = 0; i < text.length; i += chunkSize) session.push(text.slice(i, i + chunkSize));
  return session.end();
}

export const sample = (name: string) => readFileSync(join(process.cwd(), "public", "samples", name), "utf8");

/** An activity with sensible defaults. */
export function activity(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "activity_1",
    type: "claude_chat_created",
    created_at: "2026-07-01T08:00:00Z",
    organization_id: "org_x",
    organization_uuid: "00000000-0000-4000-8000-000000000000",
    actor: { type: "user", email_address: "a@example.com", user_id: "u1", ip_address: "192.0.2.1", user_agent: "UA" },
    ...overrides,
  };
}
