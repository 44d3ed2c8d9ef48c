/**
 * The sources the project owns: every official page the model cites is stored here, every stored copy is
 * intact and cited, every quote is on its page, and the review states the site shows are the ones the
 * snapshots give today.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { authoredModel } from "@/lib/content/model";
import { claimReviewsFile, claimReviewsJson, currentClaimReviews } from "@/lib/sources/current-reviews";
import { quoteProblems } from "@/lib/sources/quote-problems";
import { firmVerdictsOnUnverifiedClaims } from "@/lib/sources/review";
import { readSnapshots } from "@/lib/sources/snapshot-store";

const histories = readSnapshots();
const official = authoredModel.sources.filter((source) => source.kind === "official");
const named = new Set<string>(official.map((source) => source.snapshot));

describe("stored snapshots", () => {
  it("exist for every official source", () => {
    for (const source of official) {
      expect(histories.has(source.snapshot ?? ""), `source "${source.id}" has no snapshot "${source.snapshot}"`).toBe(
        true,
      );
    }
  });

  it("are each the page of a source (only cited pages are kept)", () => {
    for (const page of histories.keys()) expect(named.has(page), `${page} is stored but no source names it`).toBe(true);
  });

  it("were captured from the host their source names, on a date not in the future", () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const source of official) {
      for (const snapshot of histories.get(source.snapshot ?? "") ?? []) {
        expect(new URL(snapshot.url).hostname, snapshot.file).toBe(new URL(source.url).hostname);
        expect(snapshot.captured <= today, snapshot.file).toBe(true);
      }
    }
  });
});

describe("quotes", () => {
  it("are each on a stored copy of their official page", () => {
    expect(quoteProblems(authoredModel, histories)).toEqual([]);
  });

  it("fail when altered, naming the claim, the source and the nearest passage on the page", () => {
    const claim = authoredModel.claims.find((candidate) =>
      candidate.citations.some((citation) => citation.source === "compliance-content-data"),
    )!;
    const citation = claim.citations.find((candidate) => candidate.source === "compliance-content-data")!;
    const words = citation.quote.split(" ");
    const altered = [...words.slice(0, -1), "CHANGED"].join(" ");
    const problems = quoteProblems(
      { sources: authoredModel.sources, claims: [{ id: claim.id, citations: [{ ...citation, quote: altered }] }] },
      histories,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`claim "${claim.id}"`);
    expect(problems[0]).toContain(`source "compliance-content-data"`);
    expect(problems[0]).toMatch(/nearest passage on the copy of \d{4}-\d{2}-\d{2}: ".*\S.*"/);
    expect(problems[0]).toContain(words.slice(0, 3).join(" "));
  });
});

describe("review states", () => {
  it("in content/sources/claim-reviews.json are the ones the snapshots give (run npm run sources:review)", () => {
    expect(readFileSync(claimReviewsFile, "utf8")).toBe(claimReviewsJson(currentClaimReviews()));
  });

  it("never leave a firm yes or no resting on a claim whose quote is gone from its page", () => {
    expect(firmVerdictsOnUnverifiedClaims(authoredModel.rules, currentClaimReviews())).toEqual([]);
  });
});
