import { z } from "zod";
import { orgProfileSchema } from "./schema";

/**
 * The profile's JSON Schema, for editors that complete and check fields as an admin types. It
 * describes the shape; checks across fields (contrast, settings that fit the plan) run at build time.
 */
export function orgProfileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(orgProfileSchema, { io: "input", unrepresentable: "any" }),
    title: "Organization profile for “What can my employer see?”",
  };
}
