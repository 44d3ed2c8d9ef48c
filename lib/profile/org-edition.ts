/**
 * The organization an edition is tailored for, as plain data: the type client components import for
 * their props. It imports nothing that reads files, so a value import by mistake cannot pull `node:fs`
 * into a bundle; `currentOrg()` in `current.ts` builds it on the server.
 */
import type { Answer } from "@/lib/model/situation-schema";
import type { AccountId, SettingId } from "@/lib/model/vocabulary";
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
  /** The sub-path the edition is served under ("" at the root), for addresses written outside Next. */
  basePath: string;
  /** The public origin the profile gives, if any; SITE_URL at build time overrides it (`lib/site/site-url.ts`). */
  siteUrl?: string;
};
