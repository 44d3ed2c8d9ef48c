/**
 * The organization this edition is tailored for, as plain data for pages and components. Server-side
 * only (it reads the profile file at build time); client components get what they need as props.
 */
import type { Answer } from "../model/situation-schema";
import { settings, type AccountId, type SettingId } from "../model/vocabulary";
import { logoHref } from "./assets";
import { orgProfileFromEnv } from "./load";
import type { OrgProfile } from "./schema";

/** What the organization states, shaped for the check and the pages. Serializable, so it can be a prop. */
export type OrgEdition = {
  name: string;
  /** The day the organization last checked its statements (YYYY-MM-DD). */
  statedOn: string;
  plan: Exclude<AccountId, "personal">;
  partnerCloud?: OrgProfile["partnerCloud"];
  /** Only the settings the profile states, as the check's answers. */
  settings: Partial<Record<SettingId, Exclude<Answer, "unknown">>>;
  retentionDays?: number;
  contact: { team: string; email?: string; url?: string };
  policy?: { url?: string; personalUse?: string };
  /** The logo's address, base path included, and its text alternative. */
  logo?: { src: string; alt: string };
  basePath: string;
};

/** The organization edition being built, or undefined for the general edition. */
export function currentOrg(): OrgEdition | undefined {
  const loaded = orgProfileFromEnv();
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
    ...(logo && profile.logo ? { logo: { src: `${basePath}${logo}`, alt: profile.logo.alt } } : {}),
    basePath,
  };
}

/** The accent colours the profile sets, for the theme override. */
export function orgAccent(): { light?: string; dark?: string } {
  const profile = orgProfileFromEnv()?.profile;
  return { light: profile?.accentColor, dark: profile?.accentColorDark };
}

/** Origins allowed to frame the embed views. */
export function orgEmbedOrigins(): string[] {
  return orgProfileFromEnv()?.profile.embedOrigins ?? [];
}
