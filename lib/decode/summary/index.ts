/**
 * The summariser: events and errors go in one at a time, a summary small enough to show and download
 * comes out. Nothing grows with the size of the file except per-person and per-day counts; row details
 * are kept only for the first few rows and highlights. Each part of the summary is its own tally.
 */
import type { DecodedEvent, FormatKind, RowError } from "../event";
import type { HighlightKind } from "../highlights";
import { createAccessTally, type AccessSummary } from "./access";
import { createActorTally, type ActorSummary } from "./actors";
import type { DayCount, SampleRow } from "./counting";
import { createErrorTally } from "./errors";
import { createHighlightTally, type Highlight } from "./highlights";
import { createTotalsTally, type TypeCount } from "./totals";

export { LIMITS } from "./limits";
export type { AccessEvent, AccessSummary } from "./access";
export type { ActorSummary } from "./actors";
export type { DayCount, SampleRow } from "./counting";
export type { Highlight } from "./highlights";
export type { TypeCount } from "./totals";

export type DecodeSummary = {
  format: FormatKind | null;
  /** "line" for CSV and JSON Lines, "item" for JSON. */
  rowUnit: "line" | "item";
  rowsRead: number;
  validRows: number;
  invalidRows: number;
  errors: RowError[];
  errorReasons: { reason: string; count: number }[];
  /** Why reading stopped early, when it did; rows before that point are still counted and shown. */
  fatal: string | null;
  /** Activity Feed responses found, and whether the last one said more pages exist. */
  responses: number;
  hasMore: boolean | null;
  firstAt: string | null;
  lastAt: string | null;
  types: TypeCount[];
  days: DayCount[];
  actors: ActorSummary[];
  highlights: Highlight[];
  highlightCounts: Record<HighlightKind, number>;
  access: AccessSummary;
  sample: SampleRow[];
};

export type Summariser = {
  setFormat: (format: FormatKind) => void;
  addEvent: (event: DecodedEvent) => void;
  addError: (error: RowError) => void;
  addEnvelope: (hasMore: boolean | null) => void;
  setFatal: (reason: string) => void;
  finish: () => DecodeSummary;
};

/** Starts an empty summary. */
export function createSummariser(): Summariser {
  let format: FormatKind | null = null;
  let fatal: string | null = null;
  let responses = 0;
  let hasMore: boolean | null = null;
  const totals = createTotalsTally();
  const errors = createErrorTally();
  const actors = createActorTally();
  const highlights = createHighlightTally();
  const access = createAccessTally();

  return {
    setFormat: (value) => {
      format = value;
    },
    addEvent: (event) => {
      totals.add(event);
      actors.add(event);
      highlights.add(event);
      access.add(event);
    },
    addError: errors.add,
    addEnvelope: (more) => {
      responses += 1;
      hasMore = more;
    },
    setFatal: (reason) => {
      fatal ??= reason;
    },
    finish: () => {
      const { validRows, firstAt, lastAt, types, days, sample } = totals.finish();
      const { invalidRows, errors: firstErrors, errorReasons } = errors.finish();
      return {
        format,
        rowUnit: format === "activity-json" ? "item" : "line",
        rowsRead: validRows + invalidRows,
        validRows,
        invalidRows,
        errors: firstErrors,
        errorReasons,
        fatal,
        responses,
        hasMore,
        firstAt,
        lastAt,
        types,
        days,
        actors: actors.finish(),
        ...highlights.finish(),
        access: access.finish(),
        sample,
      };
    },
  };
}
