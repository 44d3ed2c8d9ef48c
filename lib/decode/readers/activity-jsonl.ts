/** Reads Activity Feed JSON Lines: one activity per line, or a whole response on one line. */
import { createLineReader } from "../lines";
import { feedEnvelopeSchema } from "../schemas";
import { addActivity, badRow, excerptOf, parseJson, type FormatReader, type RowSink } from "./rows";

export function createActivityLinesReader(sink: RowSink, maxRowChars: number): FormatReader {
  const bad = badRow(sink);
  return createLineReader(
    {
      onLine(text, line) {
        const json = parseJson(text);
        if ("error" in json) return bad(line, json.error, excerptOf(text));
        const envelope = feedEnvelopeSchema.safeParse(json.value);
        if (!envelope.success) return addActivity(sink, json.value, line, text);
        // A whole response on one line: each of its activities counts as a row of that line.
        sink.addEnvelope(envelope.data.has_more ?? null);
        for (const item of envelope.data.data) addActivity(sink, item, line, JSON.stringify(item) ?? "");
      },
      onBadLine: bad,
    },
    maxRowChars,
  );
}
