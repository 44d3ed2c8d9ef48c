import { readFileSync } from "node:fs";
import path from "node:path";
import { layers } from "@/content/layers";
import { layerIds, type LayerId } from "./layer-meta";
import { citedClaimIds, termIds } from "./mdx-text";

/** The one place that reads explainer sources from disk (for citations and glossary terms). */
export function layerSource(id: LayerId): string {
  return readFileSync(path.join(process.cwd(), "content", "layers", `${id}.mdx`), "utf8");
}

/** What an explainer's source says about itself: the claims it cites and the terms it uses. */
export function layerFacts(id: LayerId) {
  const source = layerSource(id);
  return { claims: citedClaimIds(source), terms: termIds(source) };
}

/** The home-page entry for a layer (title, summary, claims). */
export function layerSummary(id: LayerId) {
  const layer = layers.find((candidate) => candidate.id === id);
  if (!layer) throw new Error(`content/layers.ts has no layer "${id}"`);
  return layer;
}

export function isLayerId(value: string): value is LayerId {
  return (layerIds as readonly string[]).includes(value);
}
