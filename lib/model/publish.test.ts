import { describe, expect, it } from "vitest";
import { model } from "./model";
import { modelSchema } from "./model-schema";
import { publishedModel, publishedSchema } from "./publish";

describe("publishedModel", () => {
  it("is plain JSON that still validates against the model schema", () => {
    const json = JSON.parse(JSON.stringify(publishedModel()));
    expect(modelSchema.safeParse(json).success).toBe(true);
    expect(json).toEqual(JSON.parse(JSON.stringify(model)));
  });
});

describe("publishedSchema", () => {
  // No JSON Schema validator is installed, so this checks the schema's shape; the data itself is
  // checked with the zod schema above, from which the JSON Schema is generated.
  it("is a draft 2020-12 JSON Schema for the whole model", () => {
    const schema = publishedSchema() as {
      $schema: string;
      type: string;
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties)).toEqual([
      "schemaVersion",
      "vocabulary",
      "sources",
      "claims",
      "rules",
      "notes",
    ]);
    expect(schema.required).toEqual(["schemaVersion", "vocabulary", "sources", "claims", "rules", "notes"]);
    expect(schema.additionalProperties).toBe(false);
  });

  it("describes every field the published model uses", () => {
    const text = JSON.stringify(publishedSchema());
    for (const field of [
      "citations",
      "dispute",
      "verified",
      "lastChecked",
      "readFrom",
      "gate",
      "mechanisms",
      "question",
      "appliesTo",
      "askWhom",
    ]) {
      expect(text).toContain(`"${field}"`);
    }
  });
});
