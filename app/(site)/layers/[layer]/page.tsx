import type { Metadata } from "next";
import { LayerContent, layerMetadata, layerParams } from "@/components/layers/layer-content";
import type { LayerId } from "@/lib/layer-meta";

export const dynamicParams = false;

export function generateStaticParams() {
  return layerParams();
}

type Props = { params: Promise<{ layer: LayerId }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return layerMetadata((await params).layer);
}

export default async function LayerRoute({ params }: Props) {
  return <LayerContent layer={(await params).layer} />;
}
