import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { model } from "@/lib/model/model";
import { layerIds, layers } from "./index";

describe("layers", () => {
  const claimIds = new Set(model.claims.map((claim) => claim.id));

  it("lists each layer once, with an explainer for each and none without an entry", () => {
    expect(layers.map((layer) => layer.id)).toEqual(layerIds);
    expect(new Set(layerIds).size).toBe(layerIds.length);
    const explainers = readdirSync(path.join(process.cwd(), "content", "layers"))
      .filter((name) => name.endsWith(".mdx"))
      .map((name) => name.replace(/\.mdx$/, ""));
    expect(explainers.sort()).toEqual([...layerIds].sort());
  });

  it.each(layers.map((layer) => [layer.id, layer] as const))("%s cites claims that exist", (_, layer) => {
    expect(layer.claims.length).toBeGreaterThan(0);
    for (const id of layer.claims) expect(claimIds, `claim "${id}"`).toContain(id);
  });
});
