/** What the explainer routes (`/layers/<id>/` and its embed view) need from the loader. */
import type { Metadata } from "next";
import { layerIds, layerMeta, type LayerId } from "@/lib/content/layers";

/** The route parameters of every explainer, for `generateStaticParams`. */
export function layerParams() {
  return layerIds.map((layer) => ({ layer }));
}

/** An explainer's title and description, for `generateMetadata`. */
export function layerMetadata(layer: LayerId): Metadata {
  const meta = layerMeta(layer);
  return { title: meta.title, description: meta.description };
}
