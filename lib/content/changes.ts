/**
 * The one place the real change log is validated. Server code, the build and tests import `changeLog`
 * from here, so an invalid entry in `content/changes/` fails the build with every problem listed.
 */
import { changes } from "@/content/changes";
import { layers } from "@/content/layers";
import type { Lookups } from "@/lib/changes/describe";
import { parseChangeLog } from "@/lib/changes/load";
import type { Change, ChangeRefs } from "@/lib/changes/schema";
import { claimById, sourceById } from "@/lib/model/lookups";
import { model } from "@/lib/model/model";
import { isoToday } from "@/lib/model/model-schema";
import { claimPath, sourcePath } from "@/lib/site/claim-path";

/** The ids the change log may name: the validated model's claims and sources, and the explainers. */
export function modelRefs(today: string = isoToday()): ChangeRefs {
  return {
    today,
    claims: new Set(model.claims.map((claim) => claim.id)),
    sources: new Set(model.sources.map((source) => source.id)),
    layers: new Set(layers.map((layer) => layer.id)),
  };
}

/** Every change-log entry, validated, newest first. */
export const changeLog: readonly Change[] = parseChangeLog(changes, modelRefs());

/** The words a change's ids resolve to: the model's claims and sources, the explainers' titles. */
export const changeLookups: Lookups = {
  claim: (id) => ({ statement: claimById(id).statement, path: claimPath(id) }),
  source: (id) => ({ ...sourceById(id), path: sourcePath(id) }),
  layerTitle: (id) => layers.find((layer) => layer.id === id)?.title ?? id,
};
