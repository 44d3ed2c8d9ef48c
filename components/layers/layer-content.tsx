import type { Metadata } from "next";
import { layerModules } from "@/content/layers/modules";
import { layerIds, parseLayerMeta, type LayerId } from "@/lib/layer-meta";
import { layerFacts } from "@/lib/layers";
import { layerComponents } from "./layer-components";
import { LayerPage } from "./layer-page";

/** The route parameters of every explainer, for `generateStaticParams`. */
export function layerParams() {
  return layerIds.map((layer) => ({ layer }));
}

/** An explainer's title and description, validated from its MDX `meta` export. */
export function layerMetadata(layer: LayerId): Metadata {
  const meta = parseLayerMeta(layer, layerModules[layer].meta);
  return { title: meta.title, description: meta.description };
}

/** An explainer's page body: the MDX content in its frame, with its sources. */
export function LayerContent({ layer }: { layer: LayerId }) {
  const mdx = layerModules[layer];
  const Content = mdx.default;
  return (
    <LayerPage id={layer} meta={parseLayerMeta(layer, mdx.meta)} claims={layerFacts(layer).claims}>
      <Content components={layerComponents} />
    </LayerPage>
  );
}
