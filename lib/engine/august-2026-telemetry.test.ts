/**
 * Items 4 and 5 of the August 2026 refresh, through the real engine and model: Cowork's OpenTelemetry
 * export (its own setting, prompts included by default) and Claude Code's, now resting on Anthropic's
 * own monitoring page (e-mail under a Claude sign-in, prompt text only with OTEL_LOG_USER_PROMPTS).
 */
import { describe, expect, it } from "vitest";
import { cellOf, evaluate } from "./evaluate";
import { telemetryChanges } from "@/content/changes/telemetry";
import { authoredModel } from "@/lib/content/model";
import { claimById, sourceById } from "@/lib/model/lookups";
import { makeSituation, type Answer, type SituationInput } from "@/lib/model/situation-schema";
import { normaliseText, quoteFound } from "@/lib/sources/quotes";
import { readSnapshots } from "@/lib/sources/snapshot-store";
import { settingIds, settings as settingRows, type SettingId } from "@/lib/model/vocabulary";

/** Every setting answered "no" unless given, so only the settings under test vary. */
function known(given: Partial<Record<SettingId, Answer>> = {}): Record<SettingId, Answer> {
  return { ...(Object.fromEntries(settingIds.map((id) => [id, "no"])) as Record<SettingId, Answer>), ...given };
}
const report = (input: SituationInput) => evaluate(makeSituation(input));
const histories = readSnapshots();

/** The claim cites this quote, and the quote is on the newest stored copy of its source. */
function expectQuote(claimId: string, quote: string) {
  const claim = claimById(claimId);
  const citation = claim.citations.find((candidate) => candidate.quote === quote);
  expect(citation, `claim "${claimId}" cites "${quote}"`).toBeDefined();
  const source = sourceById(citation!.source);
  expect(source.kind).toBe("official");
  const newest = histories.get(source.snapshot ?? "")?.at(-1);
  expect(newest, `a stored copy of ${source.snapshot}`).toBeDefined();
  expect(quoteFound(quote, normaliseText(newest!.text)), `"${quote}" on ${newest!.file}`).toBe(true);
}

describe("item 4: Cowork telemetry", () => {
  it("is its own setting, Team and Enterprise only, asked of an Owner", () => {
    const row = settingRows.find((setting) => setting.id === "cowork-otel")!;
    expect(row.label).toBe("Cowork telemetry");
    expect(row.appliesTo).toEqual(["team", "enterprise"]);
    expect(row.question).toMatch(/Organization settings > Cowork/);
    expect(settingRows.find((setting) => setting.id === "otel-monitoring")!.label).toBe("Claude Code telemetry");
  });

  it("on Team with Cowork telemetry on: the collector gets your Cowork prompts and telemetry", () => {
    const result = report({ account: "team", surfaces: ["cowork"], settings: known({ "cowork-otel": "yes" }) });
    const sessions = cellOf(result, "cowork-sessions", "telemetry-collector");
    expect(sessions.verdict).toBe("yes");
    expect(sessions.mechanisms).toEqual(["opentelemetry"]);
    expect(sessions.rules).toEqual(["cowork-otel-sessions"]);
    expect(sessions.claims).toEqual(["cowork-otel", "cowork-otel-content"]);
    expect(sessions.reason).toMatch(/full text of your Cowork prompts/);
    const telemetry = cellOf(result, "telemetry", "telemetry-collector");
    expect(telemetry.verdict).toBe("yes");
    expect(telemetry.rules).toEqual(["cowork-otel-telemetry"]);
    expect(telemetry.reason).toMatch(/e-mail address/);
    expectQuote("cowork-otel-content", "User prompt content is included in events by default.");
    expectQuote("cowork-otel-content", "User email addresses are included in event attributes.");
    expectQuote(
      "cowork-otel",
      "Events are only exported when an admin configures an OTLP endpoint. No data flows by default.",
    );
    expectQuote("cowork-otel", "OpenTelemetry monitoring for Claude Cowork is available on Team and Enterprise plans.");
  });

  it("on Enterprise with Cowork telemetry unknown: possible, with the question that settles it", () => {
    const result = report({
      account: "enterprise",
      surfaces: ["cowork"],
      settings: known({ "cowork-otel": "unknown" }),
    });
    const cell = cellOf(result, "cowork-sessions", "telemetry-collector");
    expect(cell.verdict).toBe("possible");
    expect(cell.dependsOn).toEqual(["cowork-otel"]);
    expect(cell.question).toMatch(/OTLP\) collector endpoint for Cowork/);
    expect(cellOf(result, "telemetry", "telemetry-collector").verdict).toBe("possible");
  });

  it("off, or on a plan without it: no", () => {
    const off = report({ account: "team", surfaces: ["cowork"], settings: known() });
    expect(cellOf(off, "cowork-sessions", "telemetry-collector").verdict).toBe("no");
    expect(cellOf(off, "cowork-sessions", "telemetry-collector").rules).toEqual(["cowork-otel-off"]);
    expect(cellOf(off, "telemetry", "telemetry-collector").verdict).toBe("no");
    const personal = report({ account: "personal", surfaces: ["cowork"] });
    expect(cellOf(personal, "cowork-sessions", "telemetry-collector").verdict).toBe("no");
    expect(cellOf(personal, "cowork-sessions", "telemetry-collector").rules).toEqual(["cowork-otel-not-on-plan"]);
  });

  it("is separate from Claude Code telemetry: one can be on without the other", () => {
    const claudeCodeOnly = report({
      account: "team",
      surfaces: ["cowork", "claude-code-work-login"],
      settings: known({ "otel-monitoring": "yes" }),
    });
    expect(cellOf(claudeCodeOnly, "cowork-sessions", "telemetry-collector").verdict).toBe("no");
    expect(cellOf(claudeCodeOnly, "telemetry", "telemetry-collector").rules).toEqual(["otel-collector-claude-account"]);
    const coworkOnly = report({
      account: "team",
      surfaces: ["cowork", "claude-code-work-login"],
      settings: known({ "cowork-otel": "yes" }),
    });
    expect(cellOf(coworkOnly, "cowork-sessions", "telemetry-collector").verdict).toBe("yes");
    expect(cellOf(coworkOnly, "claude-code-transcripts", "telemetry-collector").verdict).toBe("no");
  });

  it("may carry Claude in Chrome side-panel sessions, which run as Cowork sessions: possible", () => {
    const result = report({
      account: "team",
      surfaces: ["claude-in-chrome"],
      settings: known({ "cowork-otel": "yes" }),
    });
    const cell = cellOf(result, "chat-content", "telemetry-collector");
    expect(cell.verdict).toBe("possible");
    expect(cell.claims).toContain("claude-in-chrome-side-panel");
    expect(cell.question).toMatch(/side-panel sessions/);
    const off = report({ account: "team", surfaces: ["claude-in-chrome"], settings: known() });
    expect(cellOf(off, "chat-content", "telemetry-collector").verdict).toBe("no");
  });

  it("does not say Anthropic never sees Cowork's events: the page is silent, so possible", () => {
    const result = report({ account: "team", surfaces: ["cowork"], settings: known({ "cowork-otel": "yes" }) });
    const cell = cellOf(result, "telemetry", "anthropic-automated");
    expect(cell.verdict).toBe("possible");
    expect(cell.question).toMatch(/keep a copy of the Cowork events/);
  });
});

describe("item 5: Claude Code telemetry from Anthropic's own page", () => {
  it("a personal Pro or Max sign-in on a computer whose telemetry is on: yes, with your e-mail", () => {
    const cell = cellOf(
      report({ account: "personal", surfaces: ["claude-code-work-login"], settings: { "otel-monitoring": "yes" } }),
      "telemetry",
      "telemetry-collector",
    );
    expect(cell.verdict).toBe("yes");
    expect(cell.rules).toEqual(["otel-collector-personal-plan"]);
    expect(cell.claims).toEqual(["otel-monitoring", "otel-managed-settings-reach", "otel-identity-claude-account"]);
    expect(cell.reason).toMatch(/personal account's e-mail address/);
    expectQuote(
      "otel-identity-claude-account",
      "When authenticated via OAuth, user.email is included in telemetry attributes.",
    );
    expectQuote(
      "otel-managed-settings-reach",
      "A managed settings file, an MDM profile, or the claude.ai console applies one policy to everyone it reaches.",
    );
  });

  it("a personal plan with telemetry unknown: possible, asking about managed and server-managed settings", () => {
    const cell = cellOf(
      report({ account: "personal", surfaces: ["claude-code-work-login"] }),
      "telemetry",
      "telemetry-collector",
    );
    expect(cell.verdict).toBe("possible");
    expect(cell.dependsOn).toEqual(["otel-monitoring"]);
    expect(cell.question).toMatch(/managed settings on your computer/);
    expect(cell.question).toMatch(/claude\.ai console/);
  });

  it("an Enterprise sign-in: telemetry yes with your e-mail; an API key: yes with an installation ID", () => {
    const work = cellOf(
      report({
        account: "enterprise",
        surfaces: ["claude-code-work-login"],
        settings: known({ "otel-monitoring": "yes" }),
      }),
      "telemetry",
      "telemetry-collector",
    );
    expect(work.verdict).toBe("yes");
    expect(work.rules).toEqual(["otel-collector-claude-account"]);
    const key = cellOf(
      report({ account: "console", surfaces: ["claude-code-api-key"], settings: known({ "otel-monitoring": "yes" }) }),
      "telemetry",
      "telemetry-collector",
    );
    expect(key.verdict).toBe("yes");
    expect(key.rules).toEqual(["otel-collector-api-key"]);
    expect(key.reason).toMatch(/installation ID/);
    expectQuote(
      "otel-identity-api-key",
      "there is no Claude account in the session and only user.id and session.id are populated",
    );
  });

  it("prompt text: yes only when the prompt flag is known to be on", () => {
    const transcripts = (prompts: Answer) =>
      cellOf(
        report({
          account: "team",
          surfaces: ["claude-code-work-login"],
          settings: known({ "otel-monitoring": "yes", "otel-prompts": prompts }),
        }),
        "claude-code-transcripts",
        "telemetry-collector",
      );
    const on = transcripts("yes");
    expect(on.verdict).toBe("yes");
    expect(on.rules).toEqual(["otel-prompts-on"]);
    expect(on.claims).toEqual(["otel-prompts", "otel-monitoring"]);
    const unknown = transcripts("unknown");
    expect(unknown.verdict).toBe("possible");
    expect(unknown.dependsOn).toEqual(["otel-prompts"]);
    expect(unknown.question).toMatch(/OTEL_LOG_USER_PROMPTS=1/);
    const off = transcripts("no");
    expect(off.verdict).toBe("possible");
    expect(off.rules).toEqual(["otel-prompts-off"]);
    expect(off.question).toMatch(/OTEL_LOG_TOOL_DETAILS=1 or OTEL_LOG_TOOL_CONTENT=1/);
    expectQuote(
      "otel-prompts",
      "User prompt content is not collected by default. Only prompt length is recorded. To include prompt content, set OTEL_LOG_USER_PROMPTS=1",
    );
    expectQuote(
      "otel-tool-details",
      "This can include raw file contents from Read tool results and Bash command output.",
    );
  });

  it("telemetry off: nothing reaches the collector", () => {
    const result = report({ account: "enterprise", surfaces: ["claude-code-work-login"], settings: known() });
    expect(cellOf(result, "telemetry", "telemetry-collector").rules).toEqual(["otel-off"]);
    expect(cellOf(result, "claude-code-transcripts", "telemetry-collector").verdict).toBe("no");
  });

  it("the OpenTelemetry data never goes to Anthropic, and the reason names Anthropic's own metrics", () => {
    const cell = cellOf(
      report({ account: "team", surfaces: ["claude-code-work-login"], settings: known({ "otel-monitoring": "yes" }) }),
      "telemetry",
      "anthropic-automated",
    );
    expect(cell.verdict).toBe("no");
    expect(cell.rules).toEqual(["otel-not-sent-to-anthropic"]);
    expect(cell.reason).toMatch(/operational metrics/);
    expect(cell.reason).toMatch(/DISABLE_TELEMETRY=1/);
    expectQuote(
      "otel-not-to-anthropic",
      "This data is sent only to the OTEL endpoint you configure, never to Anthropic.",
    );
    expectQuote(
      "claude-code-operational-metrics",
      "Metrics never include your code, prompts, or file paths. Set DISABLE_TELEMETRY=1 to opt out.",
    );
  });

  it("rests only on official sources: the third-party ones are gone", () => {
    const ids = authoredModel.sources.map((source) => source.id) as string[];
    expect(ids).not.toContain("otel-third-party");
    expect(ids).not.toContain("claude-code-monitoring-de");
    expect(authoredModel.claims.map((claim) => claim.id) as string[]).not.toContain("otel-prompts-third-party");
    for (const id of ["otel-monitoring", "otel-prompts", "otel-tool-details", "cowork-otel", "cowork-otel-content"]) {
      for (const citation of claimById(id).citations) {
        expect(authoredModel.sources.find((source) => source.id === citation.source)!.kind).toBe("official");
      }
    }
  });
});

describe("the change log for items 4 and 5", () => {
  it("records verdict moves the engine really gives", () => {
    const afterFor: Record<string, (account: SituationInput["account"]) => string> = {
      "cowork-telemetry|cowork-sessions|telemetry-collector|yes": (account) =>
        cellOf(
          report({ account, surfaces: ["cowork"], settings: known({ "cowork-otel": "yes" }) }),
          "cowork-sessions",
          "telemetry-collector",
        ).verdict,
      "cowork-telemetry|cowork-sessions|telemetry-collector|possible": (account) =>
        cellOf(
          report({ account, surfaces: ["cowork"], settings: known({ "cowork-otel": "unknown" }) }),
          "cowork-sessions",
          "telemetry-collector",
        ).verdict,
      "cowork-telemetry|telemetry|telemetry-collector|yes": (account) =>
        cellOf(
          report({ account, surfaces: ["cowork"], settings: known({ "cowork-otel": "yes" }) }),
          "telemetry",
          "telemetry-collector",
        ).verdict,
      "cowork-telemetry|chat-content|telemetry-collector|possible": (account) =>
        cellOf(
          report({ account, surfaces: ["claude-in-chrome"], settings: known({ "cowork-otel": "yes" }) }),
          "chat-content",
          "telemetry-collector",
        ).verdict,
      "cowork-telemetry|telemetry|anthropic-automated|possible": (account) =>
        cellOf(
          report({ account, surfaces: ["cowork"], settings: known({ "cowork-otel": "yes" }) }),
          "telemetry",
          "anthropic-automated",
        ).verdict,
      "claude-code-telemetry-official|telemetry|telemetry-collector|yes": (account) =>
        cellOf(
          report({ account, surfaces: ["claude-code-work-login"], settings: known({ "otel-monitoring": "yes" }) }),
          "telemetry",
          "telemetry-collector",
        ).verdict,
      "claude-code-telemetry-official|claude-code-transcripts|telemetry-collector|yes": (account) =>
        cellOf(
          report({
            account,
            ...(account === "partner-cloud" ? { partnerCloud: "bedrock" as const } : {}),
            surfaces: ["claude-code-api-key"],
            settings: known({ "otel-monitoring": "yes", "otel-prompts": "yes" }),
          }),
          "claude-code-transcripts",
          "telemetry-collector",
        ).verdict,
    };
    const moves = telemetryChanges.flatMap((change) =>
      change.verdicts.map((move) => ({ key: `${change.id}|${move.data}|${move.audience}|${move.after}`, move })),
    );
    expect(moves.map(({ key }) => key).sort()).toEqual(Object.keys(afterFor).sort());
    for (const { key, move } of moves) {
      for (const account of move.accounts) expect(afterFor[key]!(account), `${key} on ${account}`).toBe(move.after);
    }
  });
});
