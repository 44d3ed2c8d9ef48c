/**
 * Which credential Claude Code uses here, in the order Anthropic documents: a partner cloud, a gateway
 * token, a Console API key, an apiKeyHelper script, a long-lived OAuth token, an Anthropic profile, and
 * last the /login sign-in. Tokens and keys are only ever said to be set, never shown.
 */
import type { AccountId, PartnerCloudId, SurfaceId } from "@/lib/model/vocabulary";
import type { Finding } from "./finding";
import type { ComputerInput, SourceInput } from "./input-schema";
import { describeOrigin, type Layers, type Resolved } from "./layers";
import { planWords, readSavedLogin, readStatusLogin } from "./saved-sign-in";
import type { StatusText } from "./status-text";
import { isSet, switchOf } from "./switches";
import type { Identity } from "./telemetry";

/** Variables this module reads. */
export const signInVariables = [
  "CLAUDE_CODE_USE_BEDROCK",
  "CLAUDE_CODE_USE_VERTEX",
  "CLAUDE_CODE_USE_FOUNDRY",
  "ANTHROPIC_AUTH_TOKEN",
  "ANTHROPIC_API_KEY",
  "CLAUDE_CODE_OAUTH_TOKEN",
  "ANTHROPIC_PROFILE",
  "ANTHROPIC_FEDERATION_RULE_ID",
  "ANTHROPIC_ORGANIZATION_ID",
];

const clouds = [
  { variable: "CLAUDE_CODE_USE_BEDROCK", id: "bedrock", label: "Amazon Bedrock" },
  { variable: "CLAUDE_CODE_USE_VERTEX", id: "google-cloud", label: "Google Cloud" },
  { variable: "CLAUDE_CODE_USE_FOUNDRY", id: "foundry", label: "Microsoft Foundry" },
] as const satisfies readonly { variable: string; id: PartnerCloudId; label: string }[];

export type SignInAnswers = { account?: AccountId; partnerCloud?: PartnerCloudId; surfaces: SurfaceId[] };
export type SignInReading = {
  findings: Finding[];
  identity: Identity;
  answers: SignInAnswers;
  partnerCloud: boolean;
  /** Problems with ~/.claude.json or .credentials.json, for the file list. */
  fileProblems: Map<SourceInput, string>;
};

export function readSignIn(
  input: ComputerInput,
  layers: Layers,
  status: { text: StatusText; path: string } | undefined,
): SignInReading {
  const reveal = input.revealEmail ?? false;
  const fileProblems = new Map<SourceInput, string>();
  const env = (name: string) => layers.env(name);
  const found = (resolved: Resolved | undefined) => (resolved ? [resolved.origin] : []);
  const findings: Finding[] = [];
  const base = { topic: "account" as const, basis: "documented" as const };
  const note = (
    id: string,
    title: string,
    detail: string,
    from: string[],
    answers: SignInAnswers,
    identity: Identity,
    partnerCloud = false,
  ): SignInReading => {
    findings.push({
      ...base,
      id,
      tone: "note",
      title,
      detail,
      from,
      claims: ["claude-code-auth-precedence"],
    });
    return { findings, identity, answers, partnerCloud, fileProblems };
  };

  // The /status text, when given, shows what was in use when it was copied.
  const statusReading = status ? readStatusLogin(status, reveal) : undefined;
  if (statusReading) findings.push(...statusReading.findings);

  // 1. A partner cloud.
  for (const cloud of clouds) {
    const resolved = env(cloud.variable);
    const state = switchOf(resolved?.value);
    if (state === "on") {
      return note(
        "sign-in",
        `Claude Code uses ${cloud.label}, through your organization's cloud account.`,
        `${cloud.variable}=1 is set in ${describeOrigin(resolved!)}. A cloud provider comes first among Claude Code's ways to sign in.`,
        found(resolved),
        { account: "partner-cloud", partnerCloud: cloud.id, surfaces: ["claude-code-api-key"] },
        { kind: "api-or-cloud" },
        true,
      );
    }
    if (state === "unclear") {
      findings.push({
        ...base,
        id: `sign-in-${cloud.id}-unclear`,
        tone: "cannot-tell",
        title: `${cloud.variable} is set to a value the documentation does not describe.`,
        detail: `It is set in ${describeOrigin(resolved!)}, but not to 1. Whether Claude Code then uses ${cloud.label} is not something these files can tell.`,
        from: found(resolved),
        claims: ["claude-code-auth-precedence"],
      });
    }
  }
  const saved = readSavedLogin(input, fileProblems, reveal);
  const loginAnswers = (plan: Exclude<AccountId, "partner-cloud"> | undefined): SignInAnswers =>
    plan
      ? { account: plan, surfaces: [plan === "console" ? "claude-code-api-key" : "claude-code-work-login"] }
      : { surfaces: [] };

  if (statusReading?.plan) {
    // /status names the plan in use: that is the best evidence there is.
    return {
      findings,
      identity:
        statusReading.plan === "console"
          ? { kind: "unknown" }
          : { kind: "claude-account", email: statusReading.email ?? saved?.email },
      answers: loginAnswers(statusReading.plan),
      partnerCloud: false,
      fileProblems,
    };
  }
  if (statusReading?.cloud) {
    return {
      findings,
      identity: { kind: "api-or-cloud" },
      answers: { account: "partner-cloud", partnerCloud: statusReading.cloud, surfaces: ["claude-code-api-key"] },
      partnerCloud: true,
      fileProblems,
    };
  }

  // 2 to 6: tokens and keys in the environment or settings.
  const authToken = env("ANTHROPIC_AUTH_TOKEN");
  if (isSet(authToken?.value)) {
    return note(
      "sign-in",
      "Claude Code signs in with a token for a gateway or proxy (ANTHROPIC_AUTH_TOKEN, not shown).",
      `It is set in ${describeOrigin(authToken!)}. Such a token is meant for an LLM gateway or proxy that your organization runs; which organization or plan stands behind it is not in these files.`,
      found(authToken),
      { surfaces: [] },
      { kind: "unknown" },
    );
  }
  const apiKey = env("ANTHROPIC_API_KEY");
  if (isSet(apiKey?.value)) {
    return note(
      "sign-in",
      "Claude Code uses a Claude Console API key (ANTHROPIC_API_KEY, not shown).",
      `It is set in ${describeOrigin(apiKey!)}. In an interactive session Claude Code asks once whether to use it; if you declined, it uses your /login sign-in instead.${saved?.email ? ` A /login sign-in is also saved (${saved.email}).` : ""}`,
      found(apiKey),
      { account: "console", surfaces: ["claude-code-api-key"] },
      { kind: "api-or-cloud" },
    );
  }
  const helper = layers.key("apiKeyHelper");
  if (helper && typeof helper.value === "string" && helper.value.trim() !== "") {
    return note(
      "sign-in",
      "Claude Code gets an API key from a script (apiKeyHelper).",
      `The script is named in ${describeOrigin(helper)}; what it runs is not shown. Which organization the key belongs to is not in these files.`,
      [helper.origin],
      { surfaces: ["claude-code-api-key"] },
      { kind: "api-or-cloud" },
    );
  }
  const oauthToken = env("CLAUDE_CODE_OAUTH_TOKEN");
  if (isSet(oauthToken?.value)) {
    return note(
      "sign-in",
      "Claude Code signs in with a long-lived sign-in token (CLAUDE_CODE_OAUTH_TOKEN, not shown).",
      `It is set in ${describeOrigin(oauthToken!)}. Such a token comes from claude setup-token and stands for a Claude subscription account; which plan is not in these files.`,
      found(oauthToken),
      { surfaces: ["claude-code-work-login"] },
      { kind: "claude-account", email: saved?.email },
    );
  }
  const profile = env("ANTHROPIC_PROFILE");
  const federated = isSet(env("ANTHROPIC_FEDERATION_RULE_ID")?.value) && isSet(env("ANTHROPIC_ORGANIZATION_ID")?.value);
  if (isSet(profile?.value) || federated) {
    return note(
      "sign-in",
      "Claude Code signs in with an Anthropic profile or federation credential.",
      "These are the credentials the ant command and Workload Identity Federation use; which organization stands behind them is not in these files.",
      profile ? found(profile) : ["environment variables ANTHROPIC_FEDERATION_RULE_ID and ANTHROPIC_ORGANIZATION_ID"],
      { surfaces: [] },
      { kind: "unknown" },
    );
  }

  // 7. The /login sign-in.
  if (saved && (saved.plan || saved.email || saved.organization)) {
    findings.push({
      ...base,
      id: "sign-in",
      tone: "note",
      title: saved.plan
        ? `Claude Code is signed in with /login to ${planWords[saved.plan]}.`
        : "Claude Code is signed in with /login; these files do not say to which plan.",
      detail: [
        saved.email ? `The saved account is ${saved.email}` : "The saved account's address is not in these files",
        saved.organization ? `, in the organization "${saved.organization}".` : ".",
        saved.plan
          ? " The plan name comes from the saved sign-in, whose layout Anthropic does not document; /status shows it too."
          : " Run /status in Claude Code and paste its text on this site's page to see the plan.",
      ].join(""),
      from: saved.from,
      claims: ["claude-code-sign-in-files", "claude-code-auth-precedence"],
      basis: "file-layout",
    });
    return {
      findings,
      identity: saved.plan === "console" ? { kind: "unknown" } : { kind: "claude-account", email: saved.email },
      answers: loginAnswers(saved.plan),
      partnerCloud: false,
      fileProblems,
    };
  }

  if (!statusReading) {
    const macKeychain = input.via === "command" && input.os === "macos";
    findings.push({
      ...base,
      id: "sign-in",
      tone: "cannot-tell",
      title: "These files do not show which account Claude Code is signed in with.",
      detail: `${input.via === "command" ? "No API key, cloud provider or saved sign-in was found." : "None of the text given here names a sign-in."}${fileProblems.size > 0 ? ` ${[...fileProblems.keys()].map((source) => source.path).join(" and ")} could not be read.` : ""}${macKeychain ? " On macOS the sign-in itself is kept in the Keychain, which this reader does not open." : ""} Run /status in Claude Code: its Login method row names the account.`,
      from: [],
      claims: ["claude-code-sign-in-files", "claude-code-status-login"],
      basis: "documented",
    });
  }
  return { findings, identity: { kind: "unknown" }, answers: { surfaces: [] }, partnerCloud: false, fileProblems };
}
