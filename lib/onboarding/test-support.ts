import { afterEach, vi } from "vitest";
import { currentOrg } from "@/lib/profile/current";
import type { OrgEdition } from "@/lib/profile/org-edition";

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
