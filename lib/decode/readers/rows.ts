/** What the three format readers share: where rows go, and how a row's text becomes an activity or an error. */
import { activitySchema, describeIssues, eventFromActivity } from "../schemas";
import type { Summariser } from "../summary";

/** Where a reader sends what it reads. */
export type RowSink = Pick<Summariser, "addEvent" | "addError" | "addEnvelope" | "setFatal">;

/** A reader for one format: text in chunks in, rows to the sink. */
export type FormatReader = { push: (chunk: string) => void; end: () => void };

export const excerptOf = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);

/** Records a row that did not fit. */
export const badRow = (sink: RowSink) => (row: number, reason: string, excerpt: string) =>
  sink.addError({ row, reason, excerpt });

/** Reads a parsed JSON value as one activity. */
export function addActivity(sink: RowSink, value: unknown, row: number, text: string) {
  const parsed = activitySchema.safeParse(value);
  if (!parsed.success) {
    sink.addError({ row, reason: describeIssues(parsed.error), excerpt: excerptOf(text) });
    return;
  }
  const event = eventFromActivity(parsed.data, row);
  if ("error" in event) sink.addError({ row, reason: event.error, excerpt: excerptOf(text) });
  else sink.addEvent(event);
}

export function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `is not valid JSON (${error instanceof Error ? error.message : "unreadable"})` };
  }
}
