import { describe, expect, it } from "vitest";
import {
  activityActor,
  activitySchema,
  auditActor,
  auditRowSchema,
  describeIssues,
  eventFromActivity,
  eventFromAuditRow,
  parseLenientJson,
} from "./schemas";
import { activity } from "./test-support";

const row = {
  created_at: "2026-10-01 08:00:00",
  actor_info: '{"email_address": "a@example.com"}',
  event: "conversation_renamed",
  event_info: '{"new_name": "Plans"}',
  entity_info: "not json",
  ip_address: " 192.0.2.1 ",
  device_id: "",
  user_agent: "UA",
  client_platform: "",
};

describe("parseLenientJson", () => {
  it("parses JSON, keeps other text as it is, and gives null for blank", () => {
    expect(parseLenientJson('{"a": 1}')).toEqual({ a: 1 });
    expect(parseLenientJson("{broken")).toBe("{broken");
    expect(parseLenientJson("plain")).toBe("plain");
    expect(parseLenientJson("  ")).toBeNull();
  });
});

describe("auditActor", () => {
  it("uses the e-mail address, else an id, else the raw text", () => {
    expect(auditActor({ email: "a@example.com", uuid: "u" }).key).toBe("a@example.com");
    expect(auditActor({ uuid: "u" }).key).toBe("u");
    expect(auditActor("someone").key).toBe("someone");
    expect(auditActor(null).key).toBe("Unnamed actor");
  });
});

describe("activityActor", () => {
  it("names Anthropic's actor without naming a person", () => {
    expect(activityActor({ type: "anthropic_actor", email_address: null }).key).toBe("Anthropic (person not named)");
  });
});

describe("eventFromAuditRow", () => {
  it("reads a zone-less time as UTC and keeps non-JSON fields as text", () => {
    const event = eventFromAuditRow(auditRowSchema.parse(row), 2);
    expect(event.time).toBe(Date.parse("2026-10-01T08:00:00Z"));
    expect(event.details).toEqual({ new_name: "Plans" });
    expect(event.entity).toBe("not json");
    expect(event).toMatchObject({ ipAddress: "192.0.2.1", deviceId: null, actor: { email: "a@example.com" } });
  });
});

describe("eventFromActivity", () => {
  it("keeps type-specific fields as details", () => {
    const event = eventFromActivity(activitySchema.parse(activity({ claude_chat_id: "c1" })), 1);
    expect(event).toMatchObject({ details: { claude_chat_id: "c1" }, access: null });
  });

  it("reads the Access Transparency fields, with a null e-mail address", () => {
    const parsed = activitySchema.parse(
      activity({
        type: "cmek_preserve",
        actor: { type: "anthropic_actor", email_address: null },
        accessed_at: "2026-07-02T09:41:50.118764Z",
        reason_code: "csae_report",
        accessor_department: "Safeguards",
        resource_details: { type: "message", id: "msg_1" },
      }),
    );
    expect(eventFromActivity(parsed, 1)).toMatchObject({
      access: { reasonCode: "csae_report", department: "Safeguards", resourceId: "msg_1" },
    });
  });

  it("refuses an access event without accessed_at", () => {
    const parsed = activitySchema.parse(activity({ type: "anthropic_access", reason_code: "safety_review" }));
    expect(eventFromActivity(parsed, 1)).toEqual({ error: "accessed_at is missing" });
  });
});

describe("describeIssues", () => {
  it("names each field once, in words", () => {
    const result = activitySchema.safeParse(activity({ created_at: "soon", type: "" }));
    expect(result.success).toBe(false);
    expect(describeIssues(result.error!)).toBe("created_at is not a date and time; type is empty");
  });
});
