import { layerBody, layerFacts, layerMeta, type LayerId } from "@/lib/content/layers";
import { layerComponents } from "./layer-components";
import { LayerPage } from "./layer-page";

/** An explainer's page body: the MDX content in its frame, with its sources. */
export async function LayerContent({ layer }: { layer: LayerId }) {
  const Content = await layerBody(layer);
  return (
    <LayerPage id={layer} meta={layerMeta(layer)} claims={layerFacts(layer).claims}>
      <Content components={layerComponents} />
    </LayerPage>
  );
}
