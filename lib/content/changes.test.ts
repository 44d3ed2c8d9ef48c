import { describe, expect, it } from "vitest";
import type { ChangeLayerId } from "@/content/changes/authoring";
import { changes } from "@/content/changes";
import { layers } from "@/content/layers";
import { layerIds, type LayerId } from "@/lib/content/layer-ids";
import { changeLog, modelRefs } from "./changes";
import { parseChangeLog, sortNewestFirst } from "@/lib/changes/load";
import type { Change } from "@/lib/changes/schema";

type SameType<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe("changeLog", () => {
  it("parses every entry in content/changes/ against the real model", () => {
    expect(() => parseChangeLog(changes, modelRefs())).not.toThrow();
  });

  it("holds every authored entry, unchanged, newest first", () => {
    // The authored entries are deeply readonly; the parsed ones are plain arrays with the same content.
    expect(changeLog).toEqual(sortNewestFirst(changes as unknown as readonly Change[]));
    expect(changeLog).toHaveLength(changes.length);
  });
});

describe("modelRefs", () => {
  it("knows every explainer, and the authoring type names exactly those", () => {
    expect([...modelRefs().layers].sort()).toEqual([...layerIds].sort());
    expect(layers.map((layer) => layer.id).sort()).toEqual([...layerIds].sort());
    // At compile time: a layer added to one list and not the other fails the typecheck.
    const sameIds: SameType<LayerId, ChangeLayerId> = true;
    expect(sameIds).toBe(true);
  });
});
