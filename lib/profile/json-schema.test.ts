import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { orgProfileJsonSchema } from "./json-schema";

describe("org-profile.schema.json", () => {
  it("is up to date with the zod schema (run `npm run profile:schema`)", () => {
    expect(JSON.parse(readFileSync("org-profile.schema.json", "utf8"))).toEqual(orgProfileJsonSchema());
  });

  it("accepts the shipped example and rejects an unknown field", () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(orgProfileJsonSchema());
    const example = JSON.parse(readFileSync("examples/northwind/org-profile.json", "utf8"));
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...example, colour: "red" })).toBe(false);
  });
});
