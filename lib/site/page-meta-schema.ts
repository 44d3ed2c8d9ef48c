import { z } from "zod";

/** Metadata every MDX page in `content/pages/` exports as `meta`. */
export const pageMetaSchema = z
  .object({
    /** The page's `<h1>` and `<title>`. */
    title: z.string().min(3),
    /** One or two sentences for search results and link previews. */
    description: z.string().min(20).max(200),
    /** When an editor last checked the page against its sources (YYYY-MM-DD). */
    lastReviewed: z.iso.date(),
  })
  .strict();

export type PageMeta = z.infer<typeof pageMetaSchema>;

/** Validates a page's metadata at build time; the message names the page so an editor can find it. */
export function parsePageMeta(page: string, meta: unknown): PageMeta {
  const result = pageMetaSchema.safeParse(meta);
  if (!result.success) {
    throw new Error(`content/pages/${page}.mdx: invalid \`meta\` export:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
