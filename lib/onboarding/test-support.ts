import { afterEach, vi } from "vitest";
import { currentOrg, type OrgEdition } from "@/lib/profile/current";

/** The example organization, Northwind Traders, as its edition would see it. */
export function northwind(): OrgEdition {
  vi.stubEnv("ORG_PROFILE", "examples/northwind/org-profile.json");
  const org = currentOrg();
  if (!org) throw new Error("examples/northwind/org-profile.json did not load");
  return org;
}

afterEach(() => {
  vi.unstubAllEnvs();
});
