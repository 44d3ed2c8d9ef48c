import type { Metadata } from "next";
import { LayerPage } from "@/components/layers/layer-page";
import { layerComponents } from "@/components/layers/layer-components";
import { layerModules } from "@/content/layers/modules";
import { layerIds, parseLayerMeta, type LayerId } from "@/lib/layer-meta";
import { layerFacts } from "@/lib/layers";

export const dynamicParams = false;

export function generateStaticParams() {
  return layerIds.map((layer) => ({ layer }));
}

type Props = { params: Promise<{ layer: LayerId }> };

function load(id: LayerId) {
  const mdx = layerModules[id];
  return { Content: mdx.default, meta: parseLayerMeta(id, mdx.meta), facts: layerFacts(id) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { meta } = load((await params).layer);
  return { title: meta.title, description: meta.description };
}

export default async function LayerRoute({ params }: Props) {
  const { Content, meta, facts } = load((await params).layer);
  return (
    <LayerPage meta={meta} claims={facts.claims}>
      <Content components={layerComponents} />
    </LayerPage>
  );
}
