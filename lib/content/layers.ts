/**
 * The one loader of the explainers: the table of layers (`content/layers/index.ts`), each explainer's MDX
 * source read from disk, its validated metadata, and the facts read from it: the claims it cites (with those
 * its widgets declare) and the glossary terms it uses. Server code and the build only.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { layerIds, layers, type LayerId } from "@/content/layers";
import { widgetClaims } from "@/content/layers/widgets";
import { parseLayerMeta } from "@/lib/layers/layer-meta-schema";
import { citedClaimIds, termIds } from "@/lib/layers/mdx-text";
import { metaExport } from "@/lib/layers/meta-export";

export { layerIds, layers, type LayerId };

type MdxModule = typeof import("*.mdx");

/** A layer's entry in the table: title, card text, claims and the organization settings it concerns. */
export function layerEntry(id: LayerId) {
  const layer = layers.find((candidate) => candidate.id === id);
  if (!layer) throw new Error(`content/layers/index.ts has no layer "${id}"`);
  return layer;
}

/** An explainer's MDX source. */
export function layerSource(id: LayerId): string {
  return readFileSync(path.join(process.cwd(), "content", "layers", `${id}.mdx`), "utf8");
}

/** An explainer's metadata, validated, with its title from the table of layers. */
export function layerMeta(id: LayerId) {
  return { title: layerEntry(id).title, ...parseLayerMeta(id, metaExport(layerSource(id)), layerIds) };
}

export type LayerPageMeta = ReturnType<typeof layerMeta>;

/**
 * What an explainer says about itself: the claims it cites, in its MDX and inside the widgets it places, and
 * the glossary terms it uses.
 */
export function layerFacts(id: LayerId) {
  const source = layerSource(id);
  return { claims: citedClaimIds(source, widgetClaims), terms: termIds(source) };
}

/** An explainer's page body, the MDX module's content, loaded by its id so no list of modules is kept. */
export async function layerBody(id: LayerId): Promise<MdxModule["default"]> {
  const mdx: MdxModule = await import(`../../content/layers/${id}.mdx`);
  return mdx.default;
}
