/**
 * The August 2026 refresh, items 11 and 12, through the real engine and model: data people ask about
 * (memory, shared chats, feedback, the Analytics API's Claude Code and Cowork figures) and personal
 * accounts on a work e-mail address, which an Enterprise employer can claim.
 */
import { describe, expect, it } from "vitest";
import { cellOf, evaluate } from "./evaluate";
import { accountsAndDataChanges } from "@/content/changes/accounts-and-data";
import { advice } from "@/content/check/advice";
import { adviceFor } from "@/lib/check/advice-for";
import { questionsToAsk } from "@/lib/check/questions-to-ask";
import { claimById } from "@/lib/model/lookups";
import { makeSituation, type Answer, type SituationInput } from "@/lib/model/situation-schema";
import { settingIds, type AudienceId, type DataKindId, type SettingId } from "@/lib/model/vocabulary";

/** Every setting answered "no" unless overridden, so a situation is fully known. */
const allNo = (on: Partial<Record<SettingId, Answer>> = {}) =>
  ({ ...Object.fromEntries(settingIds.map((id) => [id, "no"])), ...on }) as Record<SettingId, Answer>;
const report = (input: SituationInput) => evaluate(makeSituation(input));
const quotesOf = (id: string) => claimById(id).citations.map((citation) => citation.quote);
const verdictsOf = (result: ReturnType<typeof report>, data: DataKindId, audiences: readonly AudienceId[]) =>
  Object.fromEntries(audiences.map((audience) => [audience, cellOf(result, data, audience).verdict]));

const employer = ["admins", "owners", "primary-owner", "compliance-key-holders"] as const;
const personalApps: SituationInput = { account: "personal", surfaces: ["claude-apps"], behaviours: ["upload-files"] };

describe("item 12: a personal account on a work e-mail address", () => {
  it("on a work address, the history a merge would move is possible for Owners, the Primary Owner and key holders, never for Admins", () => {
    const result = report({ ...personalApps, settings: allNo({ "work-email": "yes" }) });
    for (const data of ["chat-content", "uploaded-files", "titles", "memory"] as const) {
      expect(verdictsOf(result, data, employer)).toEqual({
        admins: "no",
        owners: "possible",
        "primary-owner": "possible",
        "compliance-key-holders": "possible",
      });
    }
    const cell = cellOf(result, "chat-content", "primary-owner");
    expect(cell.rules).toEqual(["domain-claim-history"]);
    expect(cell.mechanisms).toEqual(["compliance-api", "data-export", "domain-claim"]);
    expect(cell.reason).toMatch(/Only if you then choose merge and join/);
    expect(cell.question).toMatch(/export it first and choose join fresh/);
    expect(cell.window).toMatch(/^nothing before a claim/);
    expect(cell.claims).toEqual([
      "domain-claim-enterprise-only",
      "domain-claim-notice",
      "domain-claim-merge",
      "domain-claim-join-fresh",
      "domain-claim-hipaa-cmek",
    ]);
    expect(cellOf(result, "chat-content", "admins").rules).toEqual(["personal-history-not-for-admins"]);
  });

  it("rests on Anthropic's words: Enterprise only, a choice with a deadline, merge cannot be undone, join fresh moves nothing", () => {
    expect(quotesOf("domain-claim-enterprise-only")).toContain(
      "Team plans can verify a domain and block new personal accounts from being created, but admins can't claim or migrate existing accounts.",
    );
    expect(quotesOf("domain-claim-notice")).toContain(
      "This deadline is at least 30 days from the date your admin initiates the claim.",
    );
    expect(quotesOf("domain-claim-merge").join(" ")).toMatch(/This can't be undone/);
    expect(quotesOf("domain-claim-merge")).toContain(
      "Data migrated from your personal account into an Enterprise organization will be accessible via the same mechanism as all other organization data.",
    );
    expect(quotesOf("domain-claim-join-fresh")).toContain(
      "Start with a clean Enterprise account. None of your personal account data transfers.",
    );
    expect(quotesOf("domain-claim-hipaa-cmek").join(" ")).toMatch(/Your only option is to join fresh\./);
  });

  it("on a work address, the account list an Enterprise organization sees is possible for its admins, owners and Primary Owner", () => {
    const result = report({ ...personalApps, settings: allNo({ "work-email": "yes" }) });
    expect(verdictsOf(result, "sign-in-metadata", employer)).toEqual({
      admins: "possible",
      owners: "possible",
      "primary-owner": "possible",
      "compliance-key-holders": "no",
    });
    const cell = cellOf(result, "sign-in-metadata", "admins");
    expect(cell.rules).toEqual(["domain-claim-account-list"]);
    expect(cell.mechanisms).toEqual(["domain-claim"]);
    expect(quotesOf("domain-claim-account-list")).toContain(
      "For each account, you'll see the email address, plan type, account creation date, and last active date. You can also export this list as a CSV.",
    );
  });

  it("nothing else of a personal account reaches the employer, even on a work address", () => {
    const result = report({
      account: "personal",
      surfaces: ["claude-apps", "claude-code-work-login", "cowork"],
      behaviours: ["delete-chat"],
      settings: allNo({ "work-email": "yes" }),
    });
    for (const data of ["deleted-chats", "deletion-records", "usage-metrics", "claude-code-transcripts"] as const) {
      for (const audience of employer) {
        expect(cellOf(result, data, audience).verdict, `${data} × ${audience}`).toBe("no");
        expect(cellOf(result, data, audience).rules).toEqual(["personal-plan-has-no-organization"]);
      }
    }
  });

  it("not on a work address, the employer's roles get nothing, and the reason says why", () => {
    const result = report({ ...personalApps, settings: allNo() });
    for (const data of ["chat-content", "memory", "sign-in-metadata"] as const) {
      for (const audience of ["owners", "primary-owner"] as const) {
        const cell = cellOf(result, data, audience);
        expect(cell.verdict).toBe("no");
        expect(cell.rules).toEqual(["personal-account-not-on-work-address"]);
      }
    }
    expect(quotesOf("domain-claim-work-address-only").join(" ")).toMatch(/that account isn't affected/);
  });

  it('"don\'t know" gives "possible", asks about the address first, then what to do', () => {
    const result = report({ ...personalApps, settings: allNo({ "work-email": "unknown" }) });
    const cell = cellOf(result, "chat-content", "primary-owner");
    expect(cell.verdict).toBe("possible");
    expect(cell.dependsOn).toEqual(["work-email"]);
    expect(cell.question).toMatch(/^Does your personal Claude account use your work e-mail address/);
    expect(cell.question).toMatch(/choose join fresh/);
    expect(cellOf(result, "chat-content", "admins").verdict).toBe("no");
    const questions = questionsToAsk(result).map((item) => item.question);
    expect(questions[0]).toMatch(/work e-mail address/);
  });

  it("notes and advice say what a claim means and what to do: export first, choose join fresh", () => {
    const situation = makeSituation({ ...personalApps, settings: allNo({ "work-email": "yes" }) });
    expect(evaluate(situation).notes.map((note) => note.id)).toContain("domain-claim-choice");
    expect(adviceFor(situation, advice).map((item) => item.id)).toEqual(
      expect.arrayContaining(["domain-claim-export-first", "personal-address-for-personal-account"]),
    );
    const notOnWork = makeSituation({ ...personalApps, settings: allNo() });
    expect(evaluate(notOnWork).notes.map((note) => note.id)).not.toContain("domain-claim-choice");
    expect(adviceFor(notOnWork, advice).map((item) => item.id)).not.toContain("domain-claim-export-first");
  });

  it("on Team and Enterprise, a note says a personal account on the same address stays separate until moved", () => {
    for (const account of ["team", "enterprise"] as const) {
      const notes = report({ account, surfaces: ["claude-apps"], settings: allNo() }).notes.map((note) => note.id);
      expect(notes).toContain("personal-account-on-work-address");
    }
    expect(quotesOf("which-account-apps")).toContain("A blue checkmark shows which account you're currently using.");
  });
});

describe("item 11: data people ask about", () => {
  it("memory on Team and Enterprise: the Primary Owner exports it, Owners are disputed, Admins cannot", () => {
    for (const account of ["team", "enterprise"] as const) {
      const result = report({ account, surfaces: ["claude-apps"], settings: allNo() });
      expect(verdictsOf(result, "memory", ["you", ...employer, "anthropic-automated", "anthropic-staff"])).toEqual({
        you: "yes",
        admins: "no",
        owners: "possible",
        "primary-owner": "yes",
        "compliance-key-holders": "no",
        "anthropic-automated": "yes",
        "anthropic-staff": "possible",
      });
      const cell = cellOf(result, "memory", "primary-owner");
      expect(cell.mechanisms).toEqual(["data-export"]);
      expect(cell.claims).toEqual(["memory-in-exports", "memory-retention", "export-who"]);
    }
    expect(quotesOf("memory-in-exports")).toContain("All memory data is included in data exports.");
    expect(quotesOf("memory-retention")).toContain(
      "Enterprise data retention policies apply to all memory-related data, including incognito chats.",
    );
  });

  it("memory and a Compliance key: possible, because the Compliance API pages do not mention memory", () => {
    const result = report({
      account: "enterprise",
      surfaces: ["claude-apps"],
      settings: allNo({ "compliance-api": "yes", "compliance-key-shared": "yes" }),
    });
    const cell = cellOf(result, "memory", "compliance-key-holders");
    expect(cell.verdict).toBe("possible");
    expect(cell.rules).toEqual(["memory-compliance-undocumented"]);
  });

  it("memory follows Enterprise retention, and in the newer version outlives deleted chats", () => {
    const result = report({
      account: "enterprise",
      surfaces: ["claude-apps"],
      settings: allNo({ "custom-retention": "yes" }),
      retentionDays: 90,
    });
    const cell = cellOf(result, "memory", "anthropic-automated");
    expect(cell.window).toBe("90 days after the last message, under your organization's custom retention period");
    expect(cell.reason).toMatch(/entries stay after the chat they came from is deleted/);
    expect(quotesOf("memory-outlives-deleted-chats")).toContain(
      "When a conversation expires or is deleted, related memory entries generated from it won't be removed, but you can delete individual memories at any time.",
    );
  });

  it("no Claude apps, no memory: a gate for every audience", () => {
    const result = report({ account: "enterprise", surfaces: ["claude-code-work-login"], settings: allNo() });
    for (const cell of result.cells.filter((candidate) => candidate.data === "memory")) {
      expect(cell.verdict).toBe("no");
      expect(cell.rules).toEqual(["memory-needs-the-apps"]);
    }
  });

  it("the Analytics API gives the Primary Owner your daily Claude Code and Cowork figures", () => {
    const result = report({ account: "enterprise", surfaces: ["claude-code-work-login", "cowork"], settings: allNo() });
    const code = cellOf(result, "claude-code-metrics", "primary-owner");
    expect(code.verdict).toBe("yes");
    expect(code.mechanisms).toEqual(expect.arrayContaining(["analytics-dashboard", "analytics-api"]));
    expect(code.rules).toContain("analytics-api-claude-code");
    const usage = cellOf(result, "usage-metrics", "primary-owner");
    expect(usage.verdict).toBe("yes");
    expect(usage.rules).toContain("analytics-api-cowork");
    expect(quotesOf("analytics-api-cowork")).toContain(
      "Per-product metric objects (for example, Office Agent or Cowork metrics on a user-activity record) are always present on every record.",
    );
    // A Team organization has no Analytics API.
    const team = report({ account: "team", surfaces: ["claude-code-work-login", "cowork"], settings: allNo() });
    expect(cellOf(team, "claude-code-metrics", "primary-owner").rules).not.toContain("analytics-api-claude-code");
  });

  it("shared chats, views, feedback, the session survey, the spend report and cost tools are caveats", () => {
    const enterprise = report({
      account: "enterprise",
      surfaces: ["claude-apps", "claude-code-work-login"],
      settings: allNo({ "compliance-api": "yes" }),
    });
    const notes = new Map(enterprise.notes.map((note) => [note.id, note]));
    for (const id of [
      "shared-chats-stay-inside",
      "chat-loads-recorded",
      "chat-feedback",
      "claude-code-session-survey",
      "spend-report-names-you",
      "memory-follows-chats",
    ]) {
      expect(notes.get(id)?.provenance, id).toBe("official");
    }
    expect(notes.get("analytics-keys-in-cost-tools")?.provenance).toBe("third-party");
    expect(quotesOf("shared-chats-in-organization")).toContain(
      "Users on Team and Enterprise plans can only share chats with other members of the same organization, not publicly.",
    );
    expect(quotesOf("claude-code-session-survey")).toContain(
      "Source code, file contents, and other conversation content are uploaded as-is. Shared transcripts are retained for up to 6 months.",
    );
    const withoutCompliance = report({ account: "enterprise", surfaces: ["claude-apps"], settings: allNo() });
    expect(withoutCompliance.notes.map((note) => note.id)).not.toContain("chat-loads-recorded");
  });
});

describe("the change log for items 11 and 12", () => {
  /** The situation each entry's "when" describes, per account. */
  const situations: Record<string, (account: "personal" | "team" | "enterprise") => SituationInput> = {
    "personal-account-domain-claim": (account) => ({
      account,
      surfaces: ["claude-apps"],
      behaviours: ["upload-files"],
      settings: allNo({ "work-email": "yes" }),
    }),
    "chat-memory": (account) => ({
      account,
      surfaces: ["claude-apps"],
      settings: allNo({ "compliance-api": "yes", "compliance-key-shared": "yes" }),
    }),
  };

  it("records the verdicts the engine gives now", () => {
    for (const change of accountsAndDataChanges) {
      for (const move of change.verdicts) {
        for (const account of move.accounts) {
          const build = situations[change.id];
          expect(build, change.id).toBeDefined();
          const cell = cellOf(report(build!(account as "personal" | "team" | "enterprise")), move.data, move.audience);
          expect(cell.verdict, `${change.id}: ${account} ${move.data} × ${move.audience}`).toBe(move.after);
        }
      }
    }
  });
});
