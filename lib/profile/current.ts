/**
 * The organization this edition is tailored for, as plain data for server components and pages. It reads
 * the profile file at build time, so it is server-only; client components get what they need as props.
 */
import "server-only";
import { orgEditionOf } from "./edition-of";
import { orgProfileFromEnv } from "./load";
import type { OrgEdition } from "./org-edition";

/** The organization edition being built, or undefined for the general edition. */
export function currentOrg(): OrgEdition | undefined {
  return orgEditionOf(orgProfileFromEnv());
}

/** The accent colours the profile sets, for the theme override. */
export function orgAccent(): { light?: string; dark?: string } {
  const profile = orgProfileFromEnv()?.profile;
  return { light: profile?.accentColor, dark: profile?.accentColorDark };
}
