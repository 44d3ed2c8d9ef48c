/**
 * The sign-in as the files record it: the rows of /status a person copied, and the account Claude Code
 * saves in ~/.claude.json and (on Linux and Windows) .credentials.json. Anthropic documents where these are
 * kept, not their layout, so findings from them say so.
 */
import * as z from "zod/mini";
import type { AccountId, PartnerCloudId } from "@/lib/model/vocabulary";
import type { Finding } from "./finding";
import type { ComputerInput, SourceInput } from "./input-schema";
import { excerpt, maskEmailsIn } from "./mask";
import { readLoginMethod, type StatusText } from "./status-text";

export const planWords = {
  personal: "a personal Pro or Max plan",
  team: "a Team plan",
  enterprise: "an Enterprise plan",
  console: "a Claude Console organization",
} as const satisfies Record<Exclude<AccountId, "partner-cloud">, string>;

/** ~/.claude.json: only the saved account is read; its field names are Claude Code's, not documented. */
const claudeJsonSchema = z.object({
  oauthAccount: z.optional(
    z.object({
      emailAddress: z.optional(z.string()),
      organizationName: z.optional(z.string()),
    }),
  ),
});
/** .credentials.json: only the plan name is read; the tokens beside it are never kept. */
const credentialsSchema = z.object({
  claudeAiOauth: z.optional(z.object({ subscriptionType: z.optional(z.string()) })),
});

export type SavedLogin = {
  email?: string;
  organization?: string;
  plan?: Exclude<AccountId, "partner-cloud">;
  from: string[];
};

export function readStatusLogin(
  status: { text: StatusText; path: string },
  reveal: boolean,
): { findings: Finding[]; plan?: Exclude<AccountId, "partner-cloud">; cloud?: PartnerCloudId; email?: string } {
  const rows = status.text.rows;
  const method = rows.get("login method") ?? rows.get("api provider");
  const email = rows.get("email");
  const organization = rows.get("organization");
  const who = [
    email && ` as ${maskEmailsIn(excerpt(email, reveal, 80), reveal)}`,
    organization && ` in "${excerpt(organization, reveal, 60)}"`,
  ]
    .filter(Boolean)
    .join("");
  const findings: Finding[] = [];
  if (!method) {
    if (rows.has("api key")) {
      findings.push({
        id: "status-login",
        topic: "account",
        tone: "note",
        title: "/status shows an API key in use.",
        detail: "The API key row appears when Claude Code uses an API key rather than a subscription sign-in.",
        from: [status.path],
        claims: ["claude-code-status-login"],
        basis: "documented",
      });
      return { findings, plan: "console" };
    }
    return { findings };
  }
  const reading = readLoginMethod(method);
  const shown = excerpt(method, reveal, 60);
  findings.push({
    id: "status-login",
    topic: "account",
    tone: reading.kind === "unclear" ? "cannot-tell" : "note",
    title:
      reading.kind === "plan"
        ? `/status shows Claude Code signed in to ${planWords[reading.account]}${who}.`
        : reading.kind === "cloud"
          ? `/status shows Claude Code using ${reading.cloud === "bedrock" ? "Amazon Bedrock" : reading.cloud === "google-cloud" ? "Google Cloud" : "Microsoft Foundry"}.`
          : `/status shows the login method "${shown}", which does not name a plan this reader can place.`,
    detail: `The Login method row reads "${shown}". Anthropic documents that this row shows your account, not its exact wording; this reading goes by the plan names Anthropic's pages use.${rows.has("api key") ? " An API key row is shown as well, which means an API key was in use." : ""}`,
    from: [status.path],
    claims: ["claude-code-status-login", "claude-code-auth-precedence"],
    basis: "file-layout",
  });
  const shownEmail = email ? maskEmailsIn(excerpt(email, reveal, 80), reveal) : undefined;
  if (reading.kind === "plan") {
    return { findings, plan: rows.has("api key") ? "console" : reading.account, email: shownEmail };
  }
  if (reading.kind === "cloud") return { findings, cloud: reading.cloud };
  return { findings };
}

export function readSavedLogin(
  input: ComputerInput,
  problems: Map<SourceInput, string>,
  reveal: boolean,
): SavedLogin | undefined {
  const saved: SavedLogin = { from: [] };
  const claudeJson = input.sources.find((source) => source.kind === "claude-json");
  if (claudeJson?.read.state === "text") {
    const json = parseJson(claudeJson.read.text);
    const parsed = json.ok ? claudeJsonSchema.safeParse(json.value) : undefined;
    if (!json.ok) problems.set(claudeJson, json.problem);
    else if (parsed?.success && parsed.data.oauthAccount) {
      const account = parsed.data.oauthAccount;
      if (account.emailAddress) saved.email = maskEmailsIn(excerpt(account.emailAddress, reveal, 120), reveal);
      if (account.organizationName) saved.organization = excerpt(account.organizationName, reveal, 60);
      saved.from.push(claudeJson.path);
    }
  }
  const credentials = input.sources.find((source) => source.kind === "credentials");
  if (credentials?.read.state === "text") {
    const json = parseJson(credentials.read.text);
    const parsed = json.ok ? credentialsSchema.safeParse(json.value) : undefined;
    if (!json.ok) problems.set(credentials, json.problem);
    else if (parsed?.success) {
      const type = parsed.data.claudeAiOauth?.subscriptionType?.toLowerCase();
      const plan =
        type === "pro" || type === "max"
          ? "personal"
          : type === "team"
            ? "team"
            : type === "enterprise"
              ? type
              : undefined;
      if (plan) {
        saved.plan = plan;
        saved.from.push(credentials.path);
      }
    }
  }
  return saved.from.length > 0 ? saved : undefined;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch {
    return { ok: false, problem: "It is not valid JSON, so the sign-in it holds could not be read." };
  }
}
