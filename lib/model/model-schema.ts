/**
 * The whole model (vocabulary, sources, claims, rules, notes) and the cross-reference checks that need
 * all of it at once. Messages name the offending entry so an editor can act on them.
 */
import { z } from "zod";
import { repeatedIds } from "./cited-list";
import { claimSchema, noteSchema, ruleSchema, sourceSchema, type Claim, type Source } from "./content-schema";
import { vocabularySchema } from "./vocabulary-schema";

/** Anthropic's own domains: an official source must live on one of these or a subdomain. */
export const officialDomains = ["claude.com", "anthropic.com"] as const;

export const modelContentSchema = z
  .object({
    /** Bumped when the published shape changes incompatibly. */
    schemaVersion: z.literal(1),
    /** The fixed tables every id comes from. */
    vocabulary: vocabularySchema,
    /** Every page a fact comes from. */
    sources: z.array(sourceSchema).min(1),
    /** One fact each, with verbatim quotes. */
    claims: z.array(claimSchema).min(1),
    /** From a situation to verdicts; order matters only for which "no" explains a closed cell. */
    rules: z.array(ruleSchema).min(1),
    /** Caveats a report shows when their condition holds. */
    notes: z.array(noteSchema),
  })
  .strict();

export type Model = z.infer<typeof modelContentSchema>;

/** True when the host is one of Anthropic's domains or a subdomain of one. */
export function isOfficialHost(host: string): boolean {
  return officialDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

type Issue = { message: string; path: (string | number)[] };

function duplicateIds(kind: string, items: readonly { id: string }[], path: string): Issue[] {
  return repeatedIds(items).map(({ index, id }) => ({
    message: `${kind} id "${id}" is used twice; ids must be unique`,
    path: [path, index, "id"],
  }));
}

function sourceIssues(source: Source, index: number, today: string): Issue[] {
  const issues: Issue[] = [];
  const host = new URL(source.url).hostname;
  if (source.kind === "official" && !isOfficialHost(host)) {
    issues.push({
      message: `source "${source.id}" is marked official but its URL is on ${host}; official sources must be on claude.com, anthropic.com or their subdomains`,
      path: ["sources", index, "url"],
    });
  }
  if (source.kind === "third-party" && isOfficialHost(host)) {
    issues.push({
      message: `source "${source.id}" is on Anthropic's domain ${host} but marked third-party; mark it official`,
      path: ["sources", index, "kind"],
    });
  }
  if (source.lastChecked > today) {
    issues.push({
      message: `source "${source.id}" was last checked on ${source.lastChecked}, which is after today (${today})`,
      path: ["sources", index, "lastChecked"],
    });
  }
  return issues;
}

function claimIssues(claim: Claim, index: number, sources: ReadonlyMap<string, Source>, today: string): Issue[] {
  const issues: Issue[] = [];
  claim.citations.forEach((citation, c) => {
    if (!sources.has(citation.source)) {
      issues.push({
        message: `claim "${claim.id}" cites source "${citation.source}", which does not exist`,
        path: ["claims", index, "citations", c, "source"],
      });
    }
  });
  const kinds = claim.citations.map((citation) => sources.get(citation.source)?.kind);
  const firstThirdParty = kinds.indexOf("third-party");
  if (firstThirdParty !== -1 && kinds.lastIndexOf("official") > firstThirdParty) {
    issues.push({
      message: `claim "${claim.id}" lists a third-party citation before an official one; put official sources first`,
      path: ["claims", index, "citations"],
    });
  }
  if (claim.dispute && kinds.filter((kind) => kind === "official").length < 2) {
    issues.push({
      message: `claim "${claim.id}" is marked disputed, so it must quote at least two official citations that disagree`,
      path: ["claims", index, "dispute"],
    });
  }
  if (claim.verified > today) {
    issues.push({
      message: `claim "${claim.id}" was verified on ${claim.verified}, which is after today (${today})`,
      path: ["claims", index, "verified"],
    });
  }
  return issues;
}

/** Every cross-reference problem in a structurally valid model; empty when the model is sound. */
export function modelIssues(model: Model, today: string): Issue[] {
  const sources = new Map(model.sources.map((source) => [source.id, source]));
  const claimIds = new Set(model.claims.map((claim) => claim.id));
  const issues: Issue[] = [
    ...duplicateIds("source", model.sources, "sources"),
    ...duplicateIds("claim", model.claims, "claims"),
    ...duplicateIds("rule", model.rules, "rules"),
    ...duplicateIds("note", model.notes, "notes"),
    ...model.sources.flatMap((source, index) => sourceIssues(source, index, today)),
    ...model.claims.flatMap((claim, index) => claimIssues(claim, index, sources, today)),
  ];
  for (const [kind, items] of [
    ["rule", model.rules],
    ["note", model.notes],
  ] as const) {
    items.forEach((item, index) => {
      item.claims.forEach((claim, c) => {
        if (!claimIds.has(claim))
          issues.push({
            message: `${kind} "${item.id}" cites claim "${claim}", which does not exist`,
            path: [`${kind}s`, index, "claims", c],
          });
      });
    });
  }
  return issues;
}

/** Today's date as YYYY-MM-DD (UTC). */
export function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The model schema with cross-reference checks, judging "in the future" against `today`. */
export function modelSchemaFor(today: string) {
  return modelContentSchema.superRefine((model, ctx) => {
    for (const issue of modelIssues(model, today)) ctx.addIssue({ code: "custom", ...issue });
  });
}

/** The model schema as of the day it is loaded; its JSON Schema is published beside the model. */
export const modelSchema = modelSchemaFor(isoToday());

/** Parses and checks a model, throwing one error that lists every problem for an editor to fix. */
export function parseModel(input: unknown, today: string = isoToday()): Model {
  const result = modelSchemaFor(today).safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `- ${issue.message}${issue.path.length ? ` (at ${issue.path.join(".")})` : ""}`,
    );
    throw new Error(`The visibility model in content/model/ is invalid:\n${lines.join("\n")}`);
  }
  return result.data;
}
