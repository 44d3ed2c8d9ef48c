import { describe, expect, it } from "vitest";
import { modelData } from "./model-data";
import { parseModel } from "./model-schema";

describe("modelData", () => {
  it("is exactly what validation returns, so the browser's unvalidated copy is the validated model", () => {
    expect(parseModel(modelData)).toEqual(modelData);
  });
});
