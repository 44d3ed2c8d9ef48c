import { describe, expect, it } from "vitest";
import { parseModel } from "@/lib/model/model-schema";
import { modelForBrowser } from "./model";

describe("modelForBrowser", () => {
  it("is exactly what validation returns, so the browser's unvalidated copy is the validated model", () => {
    expect(parseModel(modelForBrowser)).toEqual(modelForBrowser);
  });
});
