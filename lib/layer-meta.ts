import { z } from "zod";

/** The layer ids, in the order the home page lists them; each has an explainer at `/layers/<id>/`. */
export const layerIds = [
  "usage-analytics",
  "audit-logs",
  "exports-and-compliance-api",
  "incognito",
  "claude-code",
  "anthropic-access",
] as const;

export type LayerId = (typeof layerIds)[number];

/** Metadata every explainer in `content/layers/` exports as `meta`. */
export const layerMetaSchema = z
  .object({
    /** The page's `<h1>` and `<title>`. */
    title: z.string().min(3),
    /** One or two sentences for search results and link previews. */
    description: z.string().min(20).max(200),
    /** When an editor last checked the page against its sources (YYYY-MM-DD). */
    lastVerified: z.iso.date(),
    /** Other layers this one links to at the foot of the page. */
    related: z.array(z.enum(layerIds)).min(1),
  })
  .strict();

export type LayerMeta = z.infer<typeof layerMetaSchema>;

/** Validates an explainer's metadata at build time; the message names the file so an editor can find it. */
export function parseLayerMeta(id: LayerId, meta: unknown): LayerMeta {
  const result = layerMetaSchema.safeParse(meta);
  if (!result.success) {
    throw new Error(`content/layers/${id}.mdx: invalid \`meta\` export:\n${z.prettifyError(result.error)}`);
  }
  if (result.data.related.includes(id))
    throw new Error(`content/layers/${id}.mdx: a layer cannot be related to itself`);
  return result.data;
}

/** The path of a layer's explainer. */
export function layerPath(id: LayerId): string {
  return `/layers/${id}/`;
}
