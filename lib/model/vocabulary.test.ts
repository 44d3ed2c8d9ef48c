import { describe, expect, it } from "vitest";
import { idsOf, vocabulary } from "./vocabulary";
import { vocabularySchema } from "./vocabulary-schema";

describe("idsOf", () => {
  it("returns the ids of a table in order", () => {
    expect(idsOf([{ id: "a" }, { id: "b" }] as const)).toEqual(["a", "b"]);
  });
});

describe("vocabulary", () => {
  it("matches its schema", () => {
    expect(vocabularySchema.safeParse(vocabulary).success).toBe(true);
  });

  it("has unique ids in every table", () => {
    for (const [table, rows] of Object.entries(vocabulary)) {
      const ids = rows.map((row: { id: string }) => row.id);
      expect(new Set(ids).size, table).toBe(ids.length);
    }
  });

  it("phrases every setting as a question with someone to ask", () => {
    for (const setting of vocabulary.settings) {
      expect(setting.question.endsWith("?"), setting.id).toBe(true);
      expect(setting.askWhom.startsWith("your "), setting.id).toBe(true);
    }
  });

  it("covers what the task requires", () => {
    const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
    expect(ids(vocabulary.accounts)).toEqual(["personal", "team", "enterprise", "console", "partner-cloud"]);
    expect(ids(vocabulary.partnerClouds)).toEqual(["bedrock", "google-cloud", "foundry"]);
    expect(ids(vocabulary.audiences)).toEqual(
      expect.arrayContaining([
        "you",
        "admins",
        "owners",
        "primary-owner",
        "compliance-key-holders",
        "anthropic-automated",
        "anthropic-staff",
      ]),
    );
    expect(ids(vocabulary.mechanisms)).toEqual(
      expect.arrayContaining([
        "analytics-dashboard",
        "analytics-api",
        "audit-log-export",
        "activity-feed",
        "compliance-api",
        "data-export",
        "opentelemetry",
        "access-transparency-feed",
      ]),
    );
  });
});
