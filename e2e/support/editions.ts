/**
 * The two builds the end-to-end suite runs against: the general edition in `out/`, and the example
 * organization's edition (examples/northwind) in `out-org/`, served under its base path.
 */
export type Edition = {
  name: string;
  /** The export folder. */
  outDir: string;
  /** The sub-path the edition is served under ("" for the root). */
  basePath: string;
  /** Where the test server for this edition listens. */
  origin: string;
};

const port = Number(process.env.E2E_PORT ?? 4173);
const orgPort = Number(process.env.E2E_ORG_PORT ?? port + 1);

export const generalEdition: Edition = {
  name: "general edition",
  outDir: process.env.OUT_DIR ?? "out",
  basePath: "",
  origin: `http://localhost:${port}`,
};

export const orgEdition: Edition = {
  name: "Northwind edition",
  outDir: process.env.ORG_OUT_DIR ?? "out-org",
  basePath: "/privacy/ai",
  origin: `http://localhost:${orgPort}`,
};

export const editions = [generalEdition, orgEdition];

/** The example profile both the build and the tests read. */
export const exampleProfilePath = "examples/northwind/org-profile.json";

/** The full address of a site path ("/check/") in an edition. */
export function editionUrl(edition: Edition, path: string): string {
  return `${edition.origin}${edition.basePath}${path}`;
}
