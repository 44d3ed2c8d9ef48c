import { describe, expect, it } from "vitest";
import { model } from "@/lib/model/model";
import { layers } from "./layers";

describe("layers", () => {
  const claimIds = new Set(model.claims.map((claim) => claim.id));

  it("lists the six layers once each", () => {
    expect(layers).toHaveLength(6);
    expect(new Set(layers.map((layer) => layer.id)).size).toBe(6);
  });

  it.each(layers.map((layer) => [layer.id, layer] as const))("%s cites claims that exist", (_, layer) => {
    expect(layer.claims.length).toBeGreaterThan(0);
    for (const id of layer.claims) expect(claimIds, `claim "${id}"`).toContain(id);
  });
});
