import { describe, expect, it } from "vitest";
import { auditEvents as entries } from "@/content/catalogue/audit-events";
import { model } from "@/lib/model/model";
import { parseAuditEvents } from "@/lib/catalogue/audit-event-schema";
import { auditEventById, auditEvents } from "./catalogue";

const claimIds = new Set(model.claims.map((claim) => claim.id));

describe("auditEvents", () => {
  it("holds every event the help page names by name", () => {
    expect(auditEvents).toHaveLength(35);
  });

  it("says that a renamed chat's new name is text you typed", () => {
    expect(auditEventById("conversation_renamed")).toMatchObject({
      recordsTypedText: true,
      eventInfo: expect.stringMatching(/new_name/),
    });
  });

  it("claims typed text only where event_info is documented", () => {
    for (const event of auditEvents) if (event.recordsTypedText) expect(event.eventInfo).not.toBeNull();
  });

  it("cites, for every event, a claim whose quote names it", () => {
    for (const event of auditEvents) {
      const quotes = event.claims.flatMap((id) =>
        model.claims.find((claim) => claim.id === id)!.citations.map((c) => c.quote),
      );
      const [prefix] = event.id.split(
        /_(?:sent|re_sent|accepted|rejected|deleted|activated|deactivated|started|completed)$/,
      );
      expect(
        quotes.some((quote) => quote.includes(event.id) || quote.includes(prefix!)),
        `${event.id} is not named in its claims' quotes`,
      ).toBe(true);
    }
  });
});

describe("parseAuditEvents", () => {
  it("names an entry that cites a missing claim", () => {
    const bad = [{ ...entries[0], claims: ["nope"] }];
    expect(() => parseAuditEvents(bad, claimIds)).toThrow(/cites claim "nope"/);
  });

  it("refuses a duplicate event", () => {
    expect(() => parseAuditEvents([entries[0], entries[0]], claimIds)).toThrow(/duplicate event/);
  });
});
