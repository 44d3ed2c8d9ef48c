import { describe, expect, it } from "vitest";
import type { DecodedEvent } from "../event";
import { createSummariser } from ".";

let row = 0;
function event(overrides: Partial<DecodedEvent> & { at: string }): DecodedEvent {
  row += 1;
  const { at, ...rest } = overrides;
  return {
    source: "audit-log",
    row,
    id: null,
    type: "user_signed_in_sso",
    createdAt: at,
    time: Date.parse(at),
    actor: { key: "a@example.com", type: null, email: "a@example.com", userId: null },
    ipAddress: "192.0.2.1",
    deviceId: "d1",
    userAgent: null,
    clientPlatform: null,
    details: null,
    entity: null,
    access: null,
    ...rest,
  };
}

function access(type: string, accessedAt: string, createdAt: string, resourceId: string | null) {
  return event({
    at: createdAt,
    source: "activity-feed",
    type,
    access: { accessedAt, reasonCode: "safety_review", department: "Safeguards", resourceType: "message", resourceId },
  });
}

describe("createSummariser", () => {
  it("flags sign-ins from a later IP address or device, whatever the order of the rows", () => {
    const summary = createSummariser();
    summary.addEvent(event({ at: "2026-10-03T00:00:00Z", ipAddress: "203.0.113.1", deviceId: "d2" }));
    summary.addEvent(event({ at: "2026-10-01T00:00:00Z" }));
    summary.addEvent(event({ at: "2026-10-02T00:00:00Z" }));
    const result = summary.finish();
    expect(result.highlights.filter((h) => h.kind === "new-ip").map((h) => h.value)).toEqual(["203.0.113.1"]);
    expect(result.highlightCounts["new-device"]).toBe(1);
    expect(result.firstAt).toBe("2026-10-01T00:00:00Z");
  });

  it("records whether Anthropic started an export", () => {
    const summary = createSummariser();
    summary.addEvent(
      event({
        at: "2026-10-01T00:00:00Z",
        type: "org_data_export_started",
        details: { initiated_by_anthropic: "yes" },
      }),
    );
    summary.addEvent(event({ at: "2026-10-02T00:00:00Z", type: "org_data_export_started", details: {} }));
    expect(summary.finish().highlights.map((h) => h.byAnthropic)).toEqual([true, null]);
  });

  it("measures the delay of access events and flags those later than two business days", () => {
    const summary = createSummariser();
    // Friday to Tuesday is two business days; Friday to Wednesday is three.
    summary.addEvent(access("anthropic_access", "2026-07-03T10:00:00Z", "2026-07-07T09:00:00Z", "m1"));
    summary.addEvent(access("anthropic_access", "2026-07-03T10:00:00Z", "2026-07-08T11:00:00Z", "m2"));
    const { delay } = summary.finish().access;
    expect(delay).toMatchObject({ count: 2, late: 1 });
  });

  it("finds preservations with no access to the same message at or before them", () => {
    const summary = createSummariser();
    summary.addEvent(access("anthropic_access", "2026-07-01T10:00:00Z", "2026-07-01T11:00:00Z", "m1"));
    summary.addEvent(access("cmek_preserve", "2026-07-01T10:05:00Z", "2026-07-01T11:00:00Z", "m1"));
    summary.addEvent(access("cmek_preserve", "2026-07-01T09:00:00Z", "2026-07-01T11:00:00Z", "m2"));
    summary.addEvent(access("anthropic_access", "2026-07-02T10:00:00Z", "2026-07-02T11:00:00Z", "m3"));
    summary.addEvent(access("cmek_preserve", "2026-07-01T10:00:00Z", "2026-07-02T11:00:00Z", "m3"));
    const result = summary.finish().access;
    expect(result.preservationsWithoutAccess.map((e) => e.resourceId)).toEqual(["m2", "m3"]);
    expect(result.byReason).toContainEqual({
      type: "cmek_preserve",
      reasonCode: "safety_review",
      count: 3,
      documented: true,
    });
  });

  it("adds up: rows read are the valid rows plus the rows that did not fit", () => {
    const summary = createSummariser();
    summary.addEvent(event({ at: "2026-10-01T00:00:00Z" }));
    summary.addError({ row: 3, reason: "bad", excerpt: "" });
    expect(summary.finish()).toMatchObject({ rowsRead: 2, validRows: 1, invalidRows: 1 });
  });
});
