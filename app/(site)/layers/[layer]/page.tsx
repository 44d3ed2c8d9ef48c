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
  return layerMetadata((await params).layer);
}

export default async function LayerRoute({ params }: Props) {
  return <LayerContent layer={(await params).layer} />;
}
