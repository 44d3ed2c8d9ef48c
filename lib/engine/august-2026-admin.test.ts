/**
 * Items 1, 2, 3, 6 and 8 of the August 2026 refresh, through the real engine and model: Owners' own
 * Compliance keys, what customer-managed encryption keys (CMEK) switch off, Inference hooks, Claude in
 * Chrome in the Compliance API, and the disagreements between Anthropic's pages shown as disputes.
 */
import { describe, expect, it } from "vitest";
import { cellOf, evaluate } from "./evaluate";
import { adminAccessChanges } from "@/content/changes/admin-access";
import { glossary } from "@/content/glossary";
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
const ruleIds = new Set<string>(authoredModel.rules.map((rule) => rule.id));
const claimIds = new Set<string>(authoredModel.claims.map((claim) => claim.id));
const sourceIds = new Set<string>(authoredModel.sources.map((source) => source.id));

/**
 * The claim cites this quote, and the quote is on the newest stored copy of its official source (or, when
 * that copy is only an excerpt that does not mark the passage as gone, on the newest full copy).
 */
function expectQuote(claimId: string, quote: string) {
  const citation = claimById(claimId).citations.find((candidate) => candidate.quote === quote);
  expect(citation, `claim "${claimId}" cites "${quote}"`).toBeDefined();
  const source = sourceById(citation!.source);
  expect(source.kind).toBe("official");
  const history = histories.get(source.snapshot ?? "") ?? [];
  const newest = history.at(-1);
  expect(newest, `a stored copy of ${source.snapshot}`).toBeDefined();
  const found = quoteFound(quote, normaliseText(newest!.text));
  const fullCopy = [...history].reverse().find((snapshot) => snapshot.coverage === "full");
  const inFull =
    newest!.coverage === "excerpt" &&
    !newest!.gone.some((passage) => normaliseText(quote).includes(normaliseText(passage))) &&
    fullCopy !== undefined &&
    quoteFound(quote, normaliseText(fullCopy.text));
  expect(found || inFull, `"${quote}" on ${newest!.file}`).toBe(true);
}

const enterpriseEverything = {
  account: "enterprise",
  surfaces: ["claude-apps", "claude-code-work-login", "cowork"],
  behaviours: ["delete-chat", "upload-files", "rename-chat"],
} satisfies SituationInput;

describe("item 1: Owners create Compliance keys for their own organization", () => {
  const on = report({ ...enterpriseEverything, settings: known({ "compliance-api": "yes" }) });

  it('gives Owners "yes" on the same conditions as the Primary Owner, through the Compliance API', () => {
    for (const data of [
      "chat-content",
      "uploaded-files",
      "titles",
      "deleted-chats",
      "claude-code-transcripts",
      "cowork-sessions",
    ] as const) {
      const owners = cellOf(on, data, "owners");
      const primary = cellOf(on, data, "primary-owner");
      expect(owners.verdict, data).toBe("yes");
      expect(primary.verdict, data).toBe("yes");
      expect(owners.mechanisms, data).toContain("compliance-api");
      expect(owners.claims, data).toContain("compliance-keys");
    }
    const feed = cellOf(on, "sign-in-metadata", "owners");
    expect(feed.mechanisms).toEqual(["audit-log-export", "activity-feed"]);
    expect(feed.rules).toContain("activity-feed-primary-owner");
    expect(cellOf(on, "chat-content", "owners").reason).toContain("an Owner's covers only your own organization");
  });

  it("rests on the official pages, with the own-organization limit, and the third-party source is gone", () => {
    expectQuote(
      "compliance-keys",
      "Required role: organization admin (Claude Console), or primary owner or organization owner (claude.ai).",
    );
    expectQuote(
      "compliance-keys",
      "A primary owner's key can cover every organization under the parent organization; an organization owner's key covers their own organization only.",
    );
    expectQuote(
      "compliance-keys",
      "the primary owner of the parent organization (or an organization owner, for a key restricted to their own organization only) creates a Compliance Access Key in claude.ai.",
    );
    expect(sourceIds.has("classmethod-compliance-api")).toBe(false);
    expect(claimIds.has("owner-keys-third-party")).toBe(false);
    for (const id of ["owner-keys-third-party", "sessions-owner-keys-third-party", "cowork-owner-keys-third-party"])
      expect(ruleIds.has(id), id).toBe(false);
    expect(settingRows.find((row) => row.id === "compliance-api")!.askWhom).toMatch(/an Owner/);
    expect(glossary.find((term) => term.id === "compliance-key")!.definition).toMatch(/Owners/);
  });

  it('gives Owners "possible" when the Compliance API is unknown, and "no" through it when it is off', () => {
    const unknown = report({ ...enterpriseEverything, settings: known({ "compliance-api": "unknown" }) });
    const cell = cellOf(unknown, "cowork-sessions", "owners");
    expect(cell.verdict).toBe("possible");
    expect(cell.dependsOn).toEqual(["compliance-api"]);
    const off = report({ ...enterpriseEverything, settings: known() });
    expect(cellOf(off, "claude-code-transcripts", "owners").mechanisms).not.toContain("compliance-api");
  });
});

describe("item 2: customer-managed encryption keys on Enterprise", () => {
  it("switch off the audit-log export: yes when off, no when on, possible when unknown", () => {
    const base: SituationInput = { account: "enterprise", surfaces: ["claude-apps"], behaviours: ["delete-chat"] };
    const off = cellOf(report({ ...base, settings: known() }), "sign-in-metadata", "owners");
    expect(off.verdict).toBe("yes");
    expect(off.mechanisms).toEqual(["audit-log-export"]);
    const on = cellOf(report({ ...base, settings: known({ cmek: "yes" }) }), "deletion-records", "primary-owner");
    expect(on.verdict).toBe("no");
    expect(on.rules).toEqual(["audit-log-off-under-cmek"]);
    expect(on.claims).toContain("cmek-audit-log-off");
    const unknown = cellOf(report({ ...base, settings: known({ cmek: "unknown" }) }), "sign-in-metadata", "owners");
    expect(unknown.verdict).toBe("possible");
    expect(unknown.dependsOn).toEqual(["cmek"]);
    expect(unknown.question).toContain("customer-managed encryption keys");
    expectQuote(
      "cmek-audit-log-off",
      'You can\'t export data using the "Export logs" button if your organization uses customer-managed encryption keys on an Enterprise plan.',
    );
    expectQuote("cmek-audit-log-off", "Audit log exports are disabled.");
  });

  it("keep the Activity Feed: with the Compliance API on, Owners still get sign-ins under CMEK", () => {
    const cell = cellOf(
      report({
        account: "enterprise",
        surfaces: ["claude-apps"],
        settings: known({ cmek: "yes", "compliance-api": "yes" }),
      }),
      "sign-in-metadata",
      "owners",
    );
    expect(cell.verdict).toBe("yes");
    expect(cell.mechanisms).toEqual(["activity-feed"]);
  });

  it("leave Claude Code sessions listed but without content, and make Cowork depend on where it runs", () => {
    const result = report({
      ...enterpriseEverything,
      settings: known({ "compliance-api": "yes", "compliance-key-shared": "yes", cmek: "yes" }),
    });
    const holders = cellOf(result, "claude-code-transcripts", "compliance-key-holders");
    expect(holders.verdict).toBe("no");
    expect(holders.rules).toEqual(["sessions-content-withheld-under-cmek"]);
    expect(holders.claims).toContain("cmek-local-sessions");
    // The Primary Owner's "possible" comes from exports, which the pages leave open, not from the Compliance API.
    const primary = cellOf(result, "claude-code-transcripts", "primary-owner");
    expect(primary.verdict).toBe("possible");
    expect(primary.mechanisms).toEqual(["data-export"]);
    const cowork = cellOf(result, "cowork-sessions", "owners");
    expect(cowork.verdict).toBe("possible");
    expect(cowork.rules).toContain("cowork-under-cmek");
    expect(cowork.question).toContain("on claude.ai on the web or on your phone");
    expectQuote(
      "cmek-local-sessions",
      "Compliance API local session transcripts (Cowork and Claude Code on users' machines) currently return no message content.",
    );
    expectQuote(
      "cmek-local-sessions",
      "Organizations that use customer-managed encryption keys see local session metadata but no transcript content.",
    );
  });

  it('turn organization data exports into "possible", and "don\'t know" into "possible" too', () => {
    const base: SituationInput = { account: "enterprise", surfaces: ["claude-apps"] };
    const on = cellOf(report({ ...base, settings: known({ cmek: "yes" }) }), "chat-content", "primary-owner");
    expect(on.verdict).toBe("possible");
    expect(on.rules).toEqual(["export-under-cmek"]);
    expect(on.question).toMatch(/still run organization data exports/);
    const unknown = cellOf(report({ ...base, settings: known({ cmek: "unknown" }) }), "chat-content", "primary-owner");
    expect(unknown.verdict).toBe("possible");
    expect(unknown.dependsOn).toEqual(["cmek"]);
    const team = cellOf(
      report({ account: "team", surfaces: ["claude-apps"], settings: known({ cmek: "yes" }) }),
      "chat-content",
      "primary-owner",
    );
    expect(team.verdict).toBe("yes");
    expectQuote(
      "cmek-exports-signed-urls",
      "Signed URLs for temporary file exchanges are disabled. These back organization data exports in claude.ai",
    );
  });

  it("add a note on encrypted titles and history search when CMEK is on or unknown", () => {
    const on = report({ account: "enterprise", surfaces: ["claude-apps"], settings: known({ cmek: "yes" }) });
    const note = on.notes.find((candidate) => candidate.id === "cmek-enterprise");
    expect(note?.text).toMatch(/titles are encrypted and you cannot search your chat history/);
    expect(note?.claims).toContain("cmek-titles-search");
    const off = report({ account: "enterprise", surfaces: ["claude-apps"], settings: known() });
    expect(off.notes.map((candidate) => candidate.id)).not.toContain("cmek-enterprise");
    expectQuote(
      "cmek-console-content",
      "Portions of the Compliance API that return raw content, such as prompts, responses, and files, are disabled.",
    );
  });
});

describe("item 3: Inference hooks", () => {
  it("are an Enterprise-only setting with a question and someone to ask", () => {
    const row = settingRows.find((setting) => setting.id === "inference-hooks")!;
    expect(row.label).toBe("Inference hooks");
    expect(row.appliesTo).toEqual(["enterprise"]);
    expect(row.question).toMatch(/AI security server/);
    expect(row.askWhom.startsWith("your ")).toBe(true);
  });

  it("when on, give the AI security server your chats, files, Claude Code and Cowork transcripts", () => {
    const result = report({
      ...enterpriseEverything,
      surfaces: [...enterpriseEverything.surfaces, "claude-code-api-key"],
      settings: known({ "inference-hooks": "yes" }),
    });
    for (const data of ["chat-content", "uploaded-files", "claude-code-transcripts", "cowork-sessions"] as const) {
      const cell = cellOf(result, data, "inference-hook-server");
      expect(cell.verdict, data).toBe("yes");
      expect(cell.mechanisms, data).toEqual(["inference-hook"]);
      expect(cell.claims, data).toContain("inference-hooks-transcript");
    }
    expect(cellOf(result, "deleted-chats", "inference-hook-server").verdict).toBe("possible");
    expect(cellOf(result, "titles", "inference-hook-server").verdict).toBe("no");
    expect(cellOf(result, "titles", "inference-hook-server").claims).toContain("inference-hooks-not-sent");
    expect(cellOf(result, "sign-in-metadata", "inference-hook-server").verdict).toBe("no");
    expectQuote(
      "inference-hooks-transcript",
      "When a user submits a prompt, Anthropic sends the conversation transcript to your AI security server",
    );
    expectQuote(
      "inference-hooks-transcript",
      "Your AI security server sees what the user sees: transcript text, tool calls and their results, and text extracted from attachments.",
    );
    expectQuote("inference-hooks-not-sent", "Voice mode is not covered.");
  });

  it('give Admins, Owners and the Primary Owner "possible": they choose the server, the page does not say they read it', () => {
    const on = report({ ...enterpriseEverything, settings: known({ "inference-hooks": "yes" }) });
    for (const audience of ["admins", "owners", "primary-owner"] as const) {
      const cell = cellOf(on, "claude-code-transcripts", audience);
      expect(cell.verdict, audience).toBe("possible");
      expect(cell.rules, audience).toContain("inference-hook-configurers-claude-code");
      expect(cell.question, audience).toMatch(/Who can read what your organization's AI security server/);
    }
    expect(cellOf(on, "chat-content", "admins").claims).toContain("inference-hooks-who");
    expectQuote(
      "inference-hooks-who",
      "Configuring them requires the organization:manage permission, which the built-in Admin, Owner, and Primary owner roles hold, as does any custom role granted it.",
    );
  });

  it('turn "don\'t know" into "possible" for Admins and the server, and "off" into "no"', () => {
    const unknown = report({ ...enterpriseEverything, settings: known({ "inference-hooks": "unknown" }) });
    const admins = cellOf(unknown, "chat-content", "admins");
    expect(admins.verdict).toBe("possible");
    expect(admins.dependsOn).toEqual(["inference-hooks"]);
    expect(admins.question).toContain("Has your organization turned on Inference hooks");
    expect(cellOf(unknown, "cowork-sessions", "inference-hook-server").verdict).toBe("possible");
    const off = report({ ...enterpriseEverything, settings: known() });
    const closed = cellOf(off, "chat-content", "admins");
    expect(closed.verdict).toBe("no");
    expect(closed.rules).toEqual(["admins-no-content"]);
    expect(closed.reason).toContain("Inference hooks");
    expect(cellOf(off, "chat-content", "inference-hook-server").rules).toEqual(["inference-hooks-off"]);
  });

  it("do not exist on Team, Console or partner clouds, nor for Claude Code with an API key", () => {
    const team = report({ account: "team", surfaces: ["claude-apps"], settings: known() });
    expect(cellOf(team, "chat-content", "inference-hook-server").rules).toEqual(["inference-hooks-enterprise-only"]);
    const cloud = report({ account: "partner-cloud", partnerCloud: "bedrock", surfaces: ["claude-code-api-key"] });
    expect(cellOf(cloud, "claude-code-transcripts", "inference-hook-server").verdict).toBe("no");
    const apiKey = report({
      account: "enterprise",
      surfaces: ["claude-code-api-key"],
      settings: known({ "inference-hooks": "yes" }),
    });
    expect(cellOf(apiKey, "claude-code-transcripts", "inference-hook-server").verdict).toBe("no");
    expect(cellOf(apiKey, "claude-code-transcripts", "admins").rules).toEqual(["admins-no-content-this-way"]);
    expectQuote(
      "inference-hooks-not-available",
      "Inference hooks are not available on Amazon Bedrock or Google Cloud.",
    );
    expectQuote(
      "inference-hooks-not-available",
      "Platform organizations (API access through the Claude Platform) are out of scope.",
    );
  });

  it("say, for incognito chats, that the page does not mention them", () => {
    const result = report({
      account: "enterprise",
      surfaces: ["claude-apps"],
      behaviours: ["incognito"],
      settings: known({ "inference-hooks": "unknown" }),
    });
    const note = result.notes.find((candidate) => candidate.id === "inference-hooks-gaps");
    expect(note?.text).toMatch(/does not say whether incognito chats are sent/);
    expect(cellOf(result, "chat-content", "inference-hook-server").verdict).toBe("possible");
  });
});

describe("item 6: Claude in Chrome", () => {
  const chrome: SituationInput = { account: "enterprise", surfaces: ["claude-in-chrome"] };

  it('is returned by the Compliance API (beta): "yes" when it is on, "possible" under CMEK', () => {
    const on = report({ ...chrome, settings: known({ "compliance-api": "yes", "compliance-key-shared": "yes" }) });
    for (const audience of ["primary-owner", "owners", "compliance-key-holders"] as const) {
      const cell = cellOf(on, "chat-content", audience);
      expect(cell.verdict, audience).toBe("yes");
      expect(cell.mechanisms, audience).toContain("compliance-api");
      expect(cell.claims, audience).toContain("claude-in-chrome-compliance");
      expect(cell.reason, audience).toContain("beta");
    }
    const cmek = report({ ...chrome, settings: known({ "compliance-api": "yes", cmek: "yes" }) });
    expect(cellOf(cmek, "chat-content", "owners").verdict).toBe("possible");
    expect(cellOf(cmek, "chat-content", "owners").rules).toContain("claude-in-chrome-compliance-cmek");
    expect(ruleIds.has("claude-in-chrome-compliance-unknown")).toBe(false);
    expectQuote(
      "claude-in-chrome-compliance",
      "Coverage of sessions in Claude Science, Claude in Chrome, and the Claude add-ins for Google Docs, Google Sheets, and Google Slides is in beta.",
    );
  });

  it("is saved to your history on Team, and possibly on other plans", () => {
    const team = cellOf(report({ account: "team", surfaces: ["claude-in-chrome"] }), "chat-content", "you");
    expect(team.verdict).toBe("yes");
    expect(team.rules).toEqual(["you-claude-in-chrome-team"]);
    const enterprise = cellOf(report({ ...chrome, settings: known() }), "chat-content", "you");
    expect(enterprise.verdict).toBe("possible");
    expect(enterprise.claims).toEqual(["claude-in-chrome-side-panel"]);
    const exports = cellOf(report({ ...chrome, settings: known() }), "chat-content", "primary-owner");
    expect(exports.verdict).toBe("possible");
    expect(exports.claims).toContain("claude-in-chrome-side-panel");
    expectQuote(
      "claude-in-chrome-side-panel",
      "Side panel sessions are saved to users' history, move with them across surfaces",
    );
    expectQuote(
      "claude-in-chrome-coverage",
      "Zero data retention (ZDR): Not supported for Claude in Chrome, the same as Cowork.",
    );
  });
});

describe("item 8: disagreements between Anthropic's pages, shown", () => {
  it('the Claude Code dashboard on Team: a dispute, with Team Admins "possible" and Enterprise Admins "yes"', () => {
    const claim = claimById("claude-code-dashboard");
    expect(claim.dispute?.resolution).toMatch(/Team/);
    expectQuote(
      "claude-code-dashboard",
      "Navigate to claude.ai/analytics/claude-code. Admins and Owners can view the dashboard.",
    );
    expectQuote("claude-code-dashboard", "Team plans: Owners and Primary Owners");
    const team = report({ account: "team", surfaces: ["claude-code-work-login"], settings: known() });
    const admins = cellOf(team, "claude-code-metrics", "admins");
    expect(admins.verdict).toBe("possible");
    expect(admins.rules).toEqual(["claude-code-dashboard-team-admins-disputed"]);
    expect(admins.question).toMatch(/Ask an Owner/);
    expect(cellOf(team, "claude-code-metrics", "owners").verdict).toBe("yes");
    const enterprise = report({ account: "enterprise", surfaces: ["claude-code-work-login"], settings: known() });
    expect(cellOf(enterprise, "claude-code-metrics", "admins").verdict).toBe("yes");
  });

  it("who may export: a dispute citing four official statements for the Primary Owner and one for Owners", () => {
    const claim = claimById("export-who");
    expect(claim.dispute?.resolution).toMatch(/Four of the five/);
    expect(claim.citations.map((citation) => citation.source)).toEqual([
      "help-org-export",
      "help-export-your-data",
      "help-roles",
      "help-audit-logs",
      "help-incognito",
    ]);
    for (const citation of claim.citations) expectQuote("export-who", citation.quote);
    const owners = cellOf(
      report({ account: "team", surfaces: ["claude-apps"], settings: known() }),
      "chat-content",
      "owners",
    );
    expect(owners.verdict).toBe("possible");
    expect(owners.question).toContain("Four of Anthropic's five statements on this name only the Primary Owner");
  });

  it("the outdated Compliance API plan dispute and its mirror source are gone", () => {
    expect(claimById("compliance-api-plans").dispute).toBeUndefined();
    expect(sourceIds.has("compliance-api-mirror")).toBe(false);
    expectQuote(
      "compliance-api-plans",
      "The Compliance API gives Claude Enterprise and Claude Console customers programmatic access to their organization's Activity Feed.",
    );
  });

  it("audit-log event claims quote rows of the audit-log page itself", () => {
    for (const id of [
      "audit-events-sign-in",
      "audit-events-members",
      "audit-events-sso",
      "audit-events-exports",
      "audit-log-entity-types",
      "audit-log-events",
      "audit-log-columns",
    ]) {
      for (const citation of claimById(id).citations) {
        expect(citation.source, id).toBe("help-audit-logs");
        expectQuote(id, citation.quote);
      }
    }
  });
});

/** The situation each recorded verdict move describes, by change id and position. */
const moveSituations: Record<string, SituationInput> = {
  "owners-compliance-keys#*": { ...enterpriseEverything, settings: known({ "compliance-api": "yes" }) },
  "cmek-switches-off-admin-tools#0": { ...enterpriseEverything, settings: known({ cmek: "yes" }) },
  "cmek-switches-off-admin-tools#1": { ...enterpriseEverything, settings: known({ cmek: "unknown" }) },
  "cmek-switches-off-admin-tools#2": { ...enterpriseEverything, settings: known({ cmek: "yes" }) },
  "cmek-switches-off-admin-tools#3": { ...enterpriseEverything, settings: known({ cmek: "yes" }) },
  "cmek-switches-off-admin-tools#4": {
    ...enterpriseEverything,
    settings: known({ cmek: "yes", "compliance-api": "yes", "compliance-key-shared": "yes" }),
  },
  "cmek-switches-off-admin-tools#5": {
    ...enterpriseEverything,
    settings: known({ cmek: "yes", "compliance-api": "yes" }),
  },
  "inference-hooks#0": { ...enterpriseEverything, settings: known({ "inference-hooks": "yes" }) },
  "inference-hooks#1": { ...enterpriseEverything, settings: known({ "inference-hooks": "yes" }) },
  "inference-hooks#2": { ...enterpriseEverything, settings: known({ "inference-hooks": "yes" }) },
  "inference-hooks#3": { ...enterpriseEverything, settings: known({ "inference-hooks": "yes" }) },
  "inference-hooks#4": { ...enterpriseEverything, settings: known({ "inference-hooks": "unknown" }) },
  "inference-hooks#5": { ...enterpriseEverything, settings: known({ "inference-hooks": "yes" }) },
  "inference-hooks#6": { ...enterpriseEverything, settings: known({ "inference-hooks": "unknown" }) },
  "claude-in-chrome-compliance#0": {
    account: "enterprise",
    surfaces: ["claude-in-chrome"],
    settings: known({ "compliance-api": "yes" }),
  },
  "claude-in-chrome-compliance#1": {
    account: "enterprise",
    surfaces: ["claude-in-chrome"],
    settings: known({ "compliance-api": "yes", "compliance-key-shared": "yes" }),
  },
  "claude-in-chrome-compliance#2": { account: "team", surfaces: ["claude-in-chrome"] },
  "disagreements-shown#0": { account: "team", surfaces: ["claude-code-work-login"], settings: known() },
};

describe("the change log for these items", () => {
  it("gives, for every recorded verdict move, the verdict the engine gives now", () => {
    for (const change of adminAccessChanges) {
      change.verdicts.forEach((move, index) => {
        const situation = moveSituations[`${change.id}#${index}`] ?? moveSituations[`${change.id}#*`];
        expect(situation, `a situation for ${change.id}#${index}`).toBeDefined();
        for (const account of move.accounts) {
          const cell = cellOf(report({ ...situation!, account }), move.data, move.audience);
          expect(cell.verdict, `${change.id}#${index}: ${move.data} × ${move.audience}`).toBe(move.after);
        }
      });
    }
  });

  it("records each item, citing existing claims and sources", () => {
    expect(adminAccessChanges.map((change) => change.id)).toEqual(
      expect.arrayContaining([
        "owners-compliance-keys",
        "cmek-switches-off-admin-tools",
        "inference-hooks",
        "claude-in-chrome-compliance",
        "disagreements-shown",
      ]),
    );
    for (const change of adminAccessChanges) {
      for (const claim of change.claims) expect(claimIds.has(claim), `${change.id}: ${claim}`).toBe(true);
      for (const source of change.sources) expect(sourceIds.has(source), `${change.id}: ${source}`).toBe(true);
    }
  });
});
