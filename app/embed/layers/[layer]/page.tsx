import type { Metadata } from "next";
import { LayerContent, layerMetadata, layerParams } from "@/components/layers/layer-content";
import type { LayerId } from "@/lib/layer-meta";

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
