/**
 * What the build publishes for reuse: the whole model as JSON, and its JSON Schema generated from the
 * zod schemas. The route handlers under app/data/ only call these.
 */
import { z } from "zod";
import { model } from "./model";
import { modelSchema, type Model } from "./model-schema";

/** The model as plain JSON data. */
export function publishedModel(from: Model = model): Model {
  return JSON.parse(JSON.stringify(from)) as Model;
}

/**
 * The JSON Schema of the published model. Cross-reference checks (a rule's claims exist, ids are unique)
 * are zod refinements with no JSON Schema form, so the schema describes shape only.
 */
export function publishedSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(modelSchema, { target: "draft-2020-12" }),
    title: "What can my employer see? Visibility model",
    description:
      "Sources, claims, rules and vocabulary behind the site's verdicts. Cross-references are checked by the site's own tests, not by this schema.",
  };
}
