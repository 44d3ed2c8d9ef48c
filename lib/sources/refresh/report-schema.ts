/**
 * The review report a refresh writes (report.json; report.md is the same, for people). Its shape is
 * a zod schema so a script reading the JSON can validate it with `refreshReportSchema.parse`.
 */
import { z } from "zod";
import { failureCauses } from "./http";

const page = {
  /** The snapshot folder. */
  page: z.string(),
  /** The official address asked for. */
  url: z.string(),
};

export const pageResultSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("unchanged"), ...page, finalUrl: z.string() }).strict(),
  z
    .object({
      kind: z.literal("changed"),
      ...page,
      finalUrl: z.string(),
      /** The new snapshot, relative to the snapshots folder. */
      snapshot: z.string(),
      /** When the copy the diff is against was captured (the newest full copy, else the newest); null for a first copy. */
      previous: z.iso.date().nullable(),
      /** Paragraphs removed and added, normalised. */
      diff: z.array(z.object({ change: z.enum(["removed", "added"]), text: z.string() }).strict()),
    })
    .strict(),
  z
    .object({
      kind: z.literal("failed"),
      ...page,
      finalUrl: z.string().optional(),
      cause: z.enum(failureCauses),
      reason: z.string(),
    })
    .strict(),
]);

export const missingQuoteSchema = z
  .object({
    claim: z.string(),
    source: z.string(),
    page: z.string(),
    quote: z.string(),
    before: z.enum(["vanished", "source-changed", "quote-missing"]),
    nearest: z.string(),
  })
  .strict();

export const refreshReportSchema = z
  .object({
    /** The day of the refresh, also the new snapshots' capture date. */
    date: z.iso.date(),
    /** "the network", or the folder of saved pages read with --from. */
    readFrom: z.string(),
    pages: z.array(pageResultSchema),
    /** Quotes the new copies lack; those with before "vanished" make the refresh fail. */
    missingQuotes: z.array(missingQuoteSchema),
    newLinks: z
      .object({
        links: z.array(
          z
            .object({ url: z.string(), text: z.string(), topics: z.array(z.string()), from: z.array(z.string()) })
            .strict(),
        ),
        omitted: z.number().int().nonnegative(),
      })
      .strict(),
  })
  .strict();

export type PageResult = z.infer<typeof pageResultSchema>;
export type RefreshReport = z.infer<typeof refreshReportSchema>;

/** The quotes whose claims need review: verified before the refresh, gone from the new copy. */
export const vanishedQuotes = (report: RefreshReport) =>
  report.missingQuotes.filter((quote) => quote.before === "vanished");

/** The pages that ended in a given way. */
export const pagesOfKind = <K extends PageResult["kind"]>(report: RefreshReport, kind: K) =>
  report.pages.filter((result): result is Extract<PageResult, { kind: K }> => result.kind === kind);

/** 1 when a claim needs review or a page failed, else 0. */
export function exitCodeOf(report: RefreshReport): 0 | 1 {
  return vanishedQuotes(report).length > 0 || pagesOfKind(report, "failed").length > 0 ? 1 : 0;
}

/** Pages whose final address differs from the one asked for. */
export const redirectedPages = (report: RefreshReport) =>
  report.pages.filter((result) => result.finalUrl !== undefined && result.finalUrl !== result.url);
