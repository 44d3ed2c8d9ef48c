/**
 * A loaded organization profile shaped as the `OrgEdition` pages and components use. Pure, so Playwright
 * specs can build the edition they test against; pages read it through `currentOrg()`.
 */
import { settings } from "../model/vocabulary";
import { joinBasePath } from "../site/base-path";
import { logoHref } from "./assets";
import type { LoadedProfile } from "./load";
import type { OrgEdition } from "./org-edition";

/** The edition a loaded profile describes, or undefined for the general edition (no profile). */
export function orgEditionOf(loaded: LoadedProfile | undefined): OrgEdition | undefined {
  if (!loaded) return undefined;
  const { profile } = loaded;
  const basePath = profile.basePath ?? "";
  const logo = logoHref(loaded);
  const stated = Object.fromEntries(
    settings.flatMap((setting) => {
      const value = profile.settings[setting.id];
      return value === undefined ? [] : [[setting.id, value ? "yes" : "no"]];
    }),
  ) as OrgEdition["settings"];
  return {
    name: profile.name,
    statedOn: profile.statedOn,
    plan: profile.plan,
    ...(profile.partnerCloud ? { partnerCloud: profile.partnerCloud } : {}),
    settings: stated,
    ...(profile.retentionDays !== undefined ? { retentionDays: profile.retentionDays } : {}),
    contact: profile.contact,
    ...(profile.policy ? { policy: profile.policy } : {}),
    ...(logo && profile.logo ? { logo: { src: joinBasePath(basePath, logo), alt: profile.logo.alt } } : {}),
    basePath,
    ...(profile.siteUrl ? { siteUrl: profile.siteUrl } : {}),
  };
}
