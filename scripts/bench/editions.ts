import { readFileSync } from "node:fs";

/** An edition of the site as `npm run build:editions` builds it and the end-to-end tests serve it. */
export type Edition = {
  id: "general" | "org";
  label: string;
  outDir: string;
  /** The path the edition is served under; "" for the root. */
  basePath: string;
};

/** The example organization's profile, which `scripts/build-editions.ts` builds into `out-org/`. */
const exampleProfile = "examples/northwind/org-profile.json";

export function editions(): Edition[] {
  const { basePath } = JSON.parse(readFileSync(exampleProfile, "utf8")) as { basePath?: string };
  return [
    { id: "general", label: "General edition", outDir: "out", basePath: "" },
    { id: "org", label: "Example organization", outDir: "out-org", basePath: basePath ?? "" },
  ];
}
