/**
 * The search index file: every searchable page of the export, cut into sections at the elements a link can
 * reach (headings and other elements with an id), each with the words a reader sees there.
 */
import { z } from "zod";

export const searchSectionSchema = z.strictObject({
  /** The id the section starts at, for `#id` links; "" for the top of the page. */
  id: z.union([z.literal(""), z.string().regex(/^[A-Za-z][\w-]*$/)]),
  /** The section's heading as shown, or "" when it has none (the page title stands in). */
  heading: z.string(),
  /** The section's visible words, entities decoded, whitespace collapsed. */
  text: z.string(),
});

export const searchPageSchema = z.strictObject({
  /** The page's address without the base path, e.g. "/layers/audit-logs/". */
  path: z.string().regex(/^\/([\w.-]+\/)*$/),
  /** The page's main heading. */
  title: z.string().min(1),
  sections: z.array(searchSectionSchema).min(1),
});

export const searchIndexSchema = z.strictObject({
  /** Changes when the shape changes, so an old cached file is recognised. */
  version: z.literal(1),
  pages: z.array(searchPageSchema),
});

export type SearchSection = z.infer<typeof searchSectionSchema>;
export type SearchPage = z.infer<typeof searchPageSchema>;
export type SearchIndex = z.infer<typeof searchIndexSchema>;
