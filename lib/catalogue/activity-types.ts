import { activityTypes as entries } from "@/content/catalogue/activity-types";
import { model } from "@/lib/model/model";
import { parseActivityTypes, type ActivityType } from "./activity-type-schema";

/** The validated Activity Feed type catalogue; an invalid entry stops the build with its name. */
export const activityTypes: readonly ActivityType[] = parseActivityTypes(
  entries,
  new Set(model.claims.map((claim) => claim.id)),
);

/** A type by its name, or undefined for a type the catalogue does not hold. */
export function activityTypeById(id: string): ActivityType | undefined {
  return activityTypes.find((entry) => entry.id === id);
}
