/**
 * The organization profile: what an organization states about its own Claude set-up, chosen at build
 * time with ORG_PROFILE. Everything here is the organization's statement, never Anthropic's, and the
 * site labels it so. Relative imports only: next.config.ts loads this file before path aliases exist.
 */
import { z } from "zod";
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from "../model/limits";
import { accountIds, settingIds, settings, type AccountId, type SettingId } from "../model/vocabulary";
import { contrastRatio, DARK_SURFACES, LIGHT_SURFACES, MIN_TEXT_CONTRAST } from "./contrast";

/** Plans an organization can have: every account but a personal one. */
export const profilePlans = accountIds.filter((id) => id !== "personal") as Exclude<AccountId, "personal">[];

const hexColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'a colour written as "#" and six hex digits, for example "#0f766e"');

/** A colour used for links and buttons must stay readable on every background it sits on. */
function readableOn(surfaces: readonly string[], theme: string) {
  return (colour: string, ctx: z.RefinementCtx) => {
    const worst = Math.min(...surfaces.map((surface) => contrastRatio(colour, surface)));
    if (worst < MIN_TEXT_CONTRAST) {
      ctx.addIssue({
        code: "custom",
        message: `a colour with a contrast of at least ${MIN_TEXT_CONTRAST}:1 against the ${theme} backgrounds (${surfaces.join(", ")}); this one reaches ${worst.toFixed(2)}:1`,
      });
    }
  };
}

/** Where an organization's base path may point: "/" plus URL-safe segments, no trailing slash. */
const basePath = z
  .string()
  .regex(/^\//, { message: 'a path that starts with "/", for example "/privacy/ai"', abort: true })
  .regex(
    /^(\/[A-Za-z0-9._~-]+)+$/,
    'one or more segments of letters, digits, ".", "_", "~" or "-", each after a "/", and no "/" at the end',
  );

/** An origin such as https://intranet.example.com or http://localhost:8080: scheme, host, optional port. */
const origin = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value;
    } catch {
      return false;
    }
  },
  { message: 'an origin: "https://" or "http://", a host and an optional port, with no path or "/" at the end' },
);

const webUrl = z.url({ protocol: /^https?$/, error: "a web address starting with https:// or http://" });

/** A logo beside the profile: a relative path with no way out of its folder, to an image file. */
const logoPath = z
  .string()
  .refine((path) => !path.startsWith("/") && !/^[A-Za-z]:/.test(path) && !path.includes("\\"), {
    message: 'a path relative to the profile file, with "/" between folders (not an absolute path)',
  })
  .refine((path) => !path.split("/").includes(".."), {
    message: 'a path inside the profile\'s folder: ".." is not allowed',
  })
  .refine((path) => /^[A-Za-z0-9._/-]+\.(svg|png|webp|jpe?g)$/i.test(path), {
    message: "an .svg, .png, .webp or .jpg file whose name uses letters, digits, '.', '_' and '-'",
  });

const settingsShape = Object.fromEntries(settingIds.map((id) => [id, z.boolean().optional()])) as Record<
  SettingId,
  z.ZodOptional<z.ZodBoolean>
>;

export const orgProfileSchema = z
  .strictObject({
    /** Optional pointer to the JSON Schema, for editors. */
    $schema: z.string().optional(),
    /** The organization's name, as staff know it. */
    name: z.string().trim().min(1, "the organization's name").max(80, "a name of at most 80 characters"),
    /** The day these statements were last checked by the organization (YYYY-MM-DD). */
    statedOn: z.iso.date('a date written as YYYY-MM-DD, for example "2026-11-01"'),
    /** The kind of account the organization gives its staff. */
    plan: z.enum(profilePlans, `one of ${profilePlans.map((plan) => `"${plan}"`).join(", ")}`),
    /** Which partner cloud, when the plan is "partner-cloud". */
    partnerCloud: z.enum(["bedrock", "google-cloud", "foundry"]).optional(),
    /** Each setting the model knows, on (true) or off (false); leave one out when it is not known. */
    settings: z.strictObject(settingsShape).default({}),
    /** The custom retention period in days, when custom retention is on. */
    retentionDays: z
      .int(`whole days between ${MIN_RETENTION_DAYS} and ${MAX_RETENTION_DAYS}`)
      .min(MIN_RETENTION_DAYS, `at least ${MIN_RETENTION_DAYS} days, Anthropic's minimum`)
      .max(MAX_RETENTION_DAYS, `at most ${MAX_RETENTION_DAYS} days`)
      .optional(),
    /** Who staff should ask: a team, and an e-mail address or a web page. */
    contact: z
      .strictObject({
        team: z.string().trim().min(1, "the name of the team or role to ask").max(80),
        email: z.email("an e-mail address").optional(),
        url: webUrl.optional(),
      })
      .refine((contact) => contact.email !== undefined || contact.url !== undefined, {
        message: 'an "email" or a "url" (or both), so staff can reach the team',
      }),
    /** The organization's own AI-use policy. */
    policy: z
      .strictObject({
        url: webUrl.optional(),
        personalUse: z.string().trim().min(1).max(600, "at most 600 characters").optional(),
      })
      .optional(),
    /** Colour for links and buttons in the light theme, and optionally in the dark theme. */
    accentColor: hexColour.superRefine(readableOn(LIGHT_SURFACES, "light")).optional(),
    accentColorDark: hexColour.superRefine(readableOn(DARK_SURFACES, "dark")).optional(),
    /** A logo shown beside the notice, and the text that stands for it. */
    logo: z
      .strictObject({
        path: logoPath,
        alt: z.string().trim().min(1, "a short text alternative, usually the organization's name").max(120),
      })
      .optional(),
    /** The path the site will be served under, for example "/privacy/ai"; leave out for the root. */
    basePath: basePath.optional(),
    /** The public origin the site will be served from, used where absolute links are needed. */
    siteUrl: origin.optional(),
    /** Origins whose pages may show this site's embed views in an iframe. */
    embedOrigins: z.array(origin).max(50).default([]),
  })
  .superRefine((profile, ctx) => {
    if (profile.plan === "partner-cloud" && !profile.partnerCloud) {
      ctx.addIssue({
        code: "custom",
        path: ["partnerCloud"],
        message: 'the partner cloud, "bedrock", "google-cloud" or "foundry", because the plan is "partner-cloud"',
      });
    }
    if (profile.plan !== "partner-cloud" && profile.partnerCloud) {
      ctx.addIssue({
        code: "custom",
        path: ["partnerCloud"],
        message: `no partner cloud, because the plan is "${profile.plan}"`,
      });
    }
    for (const setting of settings) {
      const stated = profile.settings[setting.id];
      if (stated !== undefined && !(setting.appliesTo as readonly string[]).includes(profile.plan)) {
        ctx.addIssue({
          code: "custom",
          path: ["settings", setting.id],
          message: `no value: ${setting.label} does not apply to the "${profile.plan}" plan (it applies to ${setting.appliesTo.join(", ")})`,
        });
      }
    }
    if (profile.retentionDays !== undefined && profile.settings["custom-retention"] !== true) {
      ctx.addIssue({
        code: "custom",
        path: ["retentionDays"],
        message: 'no retention period unless settings["custom-retention"] is true',
      });
    }
  });

export type OrgProfileInput = z.input<typeof orgProfileSchema>;
export type OrgProfile = z.output<typeof orgProfileSchema>;
