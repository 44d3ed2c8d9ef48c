import type { Metadata } from "next";
import { LayerContent } from "@/components/layers/page/layer-content";
import type { LayerId } from "@/lib/content/layers";
import { layerMetadata, layerParams } from "@/lib/layers/route";

export const dynamicParams = false;

export function generateStaticParams() {
  return layerParams();
}

type Props = { params: Promise<{ layer: LayerId }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const metadata = layerMetadata((await params).layer);
  return { ...metadata, title: `${String(metadata.title)} (embedded)` };
}

/** An explainer without the site around it: the same content and sources as `/layers/<id>/`. */
export default async function EmbeddedLayerRoute({ params }: Props) {
  return <LayerContent layer={(await params).layer} />;
}
