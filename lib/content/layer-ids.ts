/** The layer ids for logic and schemas that need no more of the table of layers. */
export { layerIds, type LayerId } from "@/content/layers";
