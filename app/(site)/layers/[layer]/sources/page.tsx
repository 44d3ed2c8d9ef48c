import type { Metadata } from "next";
import { LayerSourcesPage } from "@/components/layers/page/layer-sources-page";
import { layerMeta, type LayerId } from "@/lib/content/layers";
import { layerParams } from "@/lib/layers/route";

export const dynamicParams = false;

export function generateStaticParams() {
  return layerParams();
}

type Props = { params: Promise<{ layer: LayerId }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { title } = layerMeta((await params).layer);
  return {
    title: `Sources: ${title}`,
    description: `Every claim the explainer \u201c${title}\u201d makes, with its quotes from the pages it rests on and the date each was last reviewed.`,
  };
}

export default async function LayerSourcesRoute({ params }: Props) {
  return <LayerSourcesPage id={(await params).layer} />;
}
