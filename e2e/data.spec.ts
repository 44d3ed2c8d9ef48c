import Ajv2020 from "ajv/dist/2020.js";
import { expect, test } from "@playwright/test";

test("the published model validates against its published JSON Schema", async ({ request }) => {
  const [modelResponse, schemaResponse] = await Promise.all([
    request.get("/data/visibility.json"),
    request.get("/data/visibility.schema.json"),
  ]);
  expect(modelResponse.ok()).toBe(true);
  expect(schemaResponse.ok()).toBe(true);
  const model = await modelResponse.json();
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(await schemaResponse.json());
  expect(validate(model), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
  expect(model.claims.length).toBeGreaterThan(50);
  expect(model.rules.length).toBeGreaterThan(50);
});

test("the schema rejects a model with a claim that has no citation", async ({ request }) => {
  const model = await (await request.get("/data/visibility.json")).json();
  const schema = await (await request.get("/data/visibility.schema.json")).json();
  const validate = new Ajv2020({ strict: false }).compile(schema);
  model.claims[0].citations = [];
  expect(validate(model)).toBe(false);
});
