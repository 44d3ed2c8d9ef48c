import { z } from "zod";

/**
 * Metadata every explainer in `content/layers/` exports as `meta`. Its title is not here: it is the layer's
 * title in the table of layers (`content/layers/index.ts`), written once.
 */
export function layerMetaSchema<Id extends string>(layerIds: readonly [Id, ...Id[]]) {
  return z
    .object({
      /** One or two sentences for search results and link previews. */
      description: z.string().min(20).max(200),
      /** When an editor last checked the page against its sources (YYYY-MM-DD). */
      lastVerified: z.iso.date(),
      /** Other layers this one links to at the foot of the page. */
      related: z.array(z.enum(layerIds)).min(1),
    })
    .strict();
}

export type LayerMeta<Id extends string = string> = z.infer<ReturnType<typeof layerMetaSchema<Id>>>;

/** Validates an explainer's metadata at build time; the message names the file so an editor can find it. */
export function parseLayerMeta<Id extends string>(id: Id, meta: unknown, layerIds: readonly [Id, ...Id[]]) {
  const result = layerMetaSchema(layerIds).safeParse(meta);
  if (!result.success) {
    throw new Error(`content/layers/${id}.mdx: invalid \`meta\` export:\n${z.prettifyError(result.error)}`);
  }
  if ((result.data.related as readonly string[]).includes(id))
    throw new Error(`content/layers/${id}.mdx: a layer cannot be related to itself`);
  return result.data;
}
