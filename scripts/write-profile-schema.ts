// Writes org-profile.schema.json from the zod schema: `npm run profile:schema` after changing the profile.
import { writeFileSync } from "node:fs";
import { orgProfileJsonSchema } from "../lib/profile/json-schema";

writeFileSync("org-profile.schema.json", `${JSON.stringify(orgProfileJsonSchema(), null, 2)}\n`);
console.log("Wrote org-profile.schema.json");
