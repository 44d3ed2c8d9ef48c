// Writes org-profile.schema.json from the zod schema: `npm run profile:schema` after changing the profile.
// Formatted as the repository's Prettier check expects, so the written file passes `npm test` as it is.
import { writeFileSync } from "node:fs";
import { format } from "prettier";
import { orgProfileJsonSchema } from "../lib/profile/json-schema";

const text = await format(JSON.stringify(orgProfileJsonSchema(), null, 2), { parser: "json", printWidth: 120 });
writeFileSync("org-profile.schema.json", text);
console.log("Wrote org-profile.schema.json");
