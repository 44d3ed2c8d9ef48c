import { describe, expect, it } from "vitest";
import { decodeCatalogue } from "./catalogue";
import { csvRow, decode, header, sample } from "./test-support";
import {
  accessTotal,
  actorByKey,
  cataloguedResult,
  catalogueIndex,
  highlightsOf,
  personTypes,
  reasonMeaning,
  typeMeanings,
  typeRows,
} from "./view";

const entries = catalogueIndex(decodeCatalogue());
const audit = decode(sample("audit-log-example.csv"));
const feed = decode(sample("activity-feed-example.json"));

describe("cataloguedResult", () => {
  it("labels types not in the catalogue and counts their rows", () => {
    const { summary } = cataloguedResult(
      decode([header, csvRow({ event: "brand_new_event" }), csvRow()].join("\n")),
      entries,
    );
    expect(summary.types).toContainEqual({ source: "audit-log", type: "brand_new_event", count: 1, known: false });
    expect(summary.types).toContainEqual({ source: "audit-log", type: "conversation_created", count: 1, known: true });
    expect(summary.unknownTypeRows).toBe(1);
  });

  it("keeps the summary's field order, with the catalogue count after the types", () => {
    const keys = Object.keys(cataloguedResult(audit, entries).summary);
    expect(keys.slice(keys.indexOf("types"), keys.indexOf("types") + 3)).toEqual(["types", "unknownTypeRows", "days"]);
  });

  it("labels unlisted Activity Feed types", () => {
    const { summary } = cataloguedResult(decode(sample("activity-feed-example.jsonl")), entries);
    expect(summary.types.find((t) => t.type === "example_unlisted_activity")).toMatchObject({ known: false });
  });
});

describe("typeMeanings", () => {
  it("gives each type's meaning, or null outside the catalogue", () => {
    const meanings = typeMeanings(audit.summary, entries);
    expect(meanings["audit-log:example_unlisted_event"]).toBeNull();
    expect(meanings["audit-log:user_signed_in_sso"]).toEqual(expect.any(String));
  });
});

describe("typeRows", () => {
  it("is the whole file's counts for everyone", () => {
    expect(typeRows(audit.summary, null)).toBe(audit.summary.types);
  });

  it("gives one person's counts with each type's source", () => {
    const actor = audit.summary.actors[0]!;
    const rows = typeRows(audit.summary, actor);
    expect(rows.map((row) => row.count)).toEqual(actor.types.map((type) => type.count));
    expect(rows.every((row) => row.source === "audit-log")).toBe(true);
  });
});

describe("personTypes", () => {
  it("finds types not in the catalogue for one person", () => {
    const actor = audit.summary.actors.find((candidate) =>
      candidate.types.some((type) => type.type === "example_unlisted_event"),
    )!;
    expect(personTypes(audit.summary, actor, entries).unknown.map((type) => type.type)).toContain(
      "example_unlisted_event",
    );
  });
});

describe("actorByKey", () => {
  it("finds a person, or null for everyone", () => {
    const first = audit.summary.actors[0]!;
    expect(actorByKey(audit.summary, first.key)).toBe(first);
    expect(actorByKey(audit.summary, "")).toBeNull();
  });
});

describe("highlightsOf", () => {
  it("filters by person and counts what that person has", () => {
    const all = highlightsOf(audit.summary, "renamed", null);
    expect(all.total).toBe(audit.summary.highlightCounts.renamed);
    const who = all.items[0]!.actor;
    const mine = highlightsOf(audit.summary, "renamed", who);
    expect(mine.items.every((item) => item.actor === who)).toBe(true);
    expect(mine.total).toBe(mine.items.length);
  });
});

describe("accessTotal", () => {
  it("adds up the Access Transparency events", () => {
    expect(accessTotal(feed.summary.access)).toBe(4);
  });
});

describe("reasonMeaning", () => {
  it("words a documented code to follow it in a sentence, and knows no other", () => {
    expect(reasonMeaning("safety_review")).toBe("viewed in a usage-policy or safety investigation");
    expect(reasonMeaning("curiosity")).toBeNull();
  });
});
