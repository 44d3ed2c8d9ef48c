/** Reads Activity Feed JSON: one or more responses, each activity streamed out of its `data` array. */
import { createJsonStreamReader } from "../json-stream";
import { feedEnvelopeSchema } from "../schemas";
import { addActivity, badRow, excerptOf, parseJson, type FormatReader, type RowSink } from "./rows";

export function createActivityJsonReader(sink: RowSink, maxRowChars: number): FormatReader {
  const bad = badRow(sink);
  return createJsonStreamReader(
    {
      onRecord(text, item) {
        const json = parseJson(text);
        if ("error" in json) bad(item, json.error, excerptOf(text));
        else addActivity(sink, json.value, item, text);
      },
      onEnvelope(text) {
        const json = parseJson(text);
        const envelope = "value" in json ? feedEnvelopeSchema.safeParse(json.value) : null;
        sink.addEnvelope(envelope?.success ? (envelope.data.has_more ?? null) : null);
      },
      onBadRecord: bad,
      onFatal: (reason) => sink.setFatal(reason),
    },
    maxRowChars,
  );
}
