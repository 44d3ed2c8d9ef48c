import { z } from "zod";
import { parseCitedList } from "@/lib/model/cited-list";

/**
 * Groups of the Activity Feed types this site explains. The feed has over 460 types; the catalogue holds
 * only those Anthropic's pages describe or name, and the decoder labels every other type as not in it.
 */
export const activityGroups = [
  { id: "access-transparency", label: "Anthropic's own access (Access Transparency)" },
  { id: "named-example", label: "Named in Anthropic's Compliance API pages" },
] as const;

export type ActivityGroupId = (typeof activityGroups)[number]["id"];

export const activityTypeSchema = z
  .object({
    /** The type exactly as it appears in an activity's `type` field. */
    id: z.string().regex(/^[a-z_]+$/),
    group: z.enum(activityGroups.map((g) => g.id) as [ActivityGroupId, ...ActivityGroupId[]]),
    /** What happened, in plain words. Where only the name is documented, the meaning is read from the name and says so. */
    meaning: z.string().min(5),
    /** The type-specific fields Anthropic documents, or null where only the name is documented. */
    fields: z.string().min(3).nullable(),
    /** What the activity tells someone reading the feed. */
    reveals: z.string().min(5),
    /** Claims that document or name the type. */
    claims: z.array(z.string()).min(1),
  })
  .strict();

export type ActivityType = z.infer<typeof activityTypeSchema>;

/** Validates the catalogue: well-formed entries, unique names, cited claims that exist. */
export function parseActivityTypes(entries: unknown, knownClaimIds: ReadonlySet<string>): ActivityType[] {
  return parseCitedList(
    activityTypeSchema,
    "content/catalogue/activity-types.ts",
    "activity type",
    entries,
    knownClaimIds,
  );
}
