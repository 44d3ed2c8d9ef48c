/** Named situations: specific verdicts and reasons, including the facts the secondary guide gets wrong. */
import { describe, expect, it } from "vitest";
import { cellOf, evaluate } from "./evaluate";
import { makeSituation, type Answer, type SituationInput } from "@/lib/model/situation-schema";
import type { SettingId } from "@/lib/model/vocabulary";

/** Every setting answered "no" unless overridden, so each situation is fully known. */
function settings(on: Partial<Record<SettingId, Answer>> = {}): Record<SettingId, Answer> {
  return {
    "compliance-api": "no",
    "custom-retention": "no",
    zdr: "no",
    "access-transparency": "no",
    cmek: "no",
    "otel-monitoring": "no",
    "otel-prompts": "no",
    "cowork-otel": "no",
    "compliance-key-shared": "no",
    "inference-hooks": "no",
    "work-email": "no",
    ...on,
  };
}
const report = (input: SituationInput) => evaluate(makeSituation(input));
const complianceOnShared = settings({ "compliance-api": "yes", "compliance-key-shared": "yes" });

describe("evaluate", () => {
  it("personal plan on a private address: no one in an organization sees your chats; Anthropic's systems process them", () => {
    // Not on a work address, so no domain claim can reach it (see august-2026-accounts.test.ts for one that is).
    const result = report({
      account: "personal",
      surfaces: ["claude-apps"],
      behaviours: ["upload-files"],
      settings: settings(),
    });
    expect(cellOf(result, "chat-content", "admins").rules).toEqual(["personal-history-not-for-admins"]);
    for (const audience of ["admins", "owners", "primary-owner", "compliance-key-holders"] as const) {
      const cell = cellOf(result, "chat-content", audience);
      expect(cell.verdict).toBe("no");
      if (audience !== "admins") expect(cell.rules).toEqual(["personal-account-not-on-work-address"]);
      expect(cellOf(result, "usage-metrics", audience).rules).toEqual(["personal-plan-has-no-organization"]);
    }
    expect(cellOf(result, "chat-content", "anthropic-automated").verdict).toBe("yes");
    expect(cellOf(result, "chat-content", "anthropic-staff").verdict).toBe("possible");
    expect(cellOf(result, "chat-content", "you").mechanisms).toEqual(["your-own-copy"]);
  });

  it("personal plan with Claude Code: telemetry an employer might collect is at most possible", () => {
    const cell = cellOf(
      report({ account: "personal", surfaces: ["claude-code-api-key"] }),
      "telemetry",
      "telemetry-collector",
    );
    expect(cell.verdict).toBe("possible");
    expect(cell.dependsOn).toEqual(["otel-monitoring"]);
  });

  it("Team: the Primary Owner exports your chats; Owners are possible because official pages disagree; Admins cannot", () => {
    const result = report({ account: "team", surfaces: ["claude-apps"], settings: settings() });
    const primary = cellOf(result, "chat-content", "primary-owner");
    expect(primary.verdict).toBe("yes");
    expect(primary.mechanisms).toEqual(["data-export"]);
    expect(primary.reason).toBe(
      "Your Primary Owner can export your organization's chats, including your messages, files and titles.",
    );
    const owners = cellOf(result, "chat-content", "owners");
    expect(owners.verdict).toBe("possible");
    expect(owners.claims).toContain("export-who");
    expect(owners.question).toMatch(/Can Owners in your organization run data exports/);
    expect(cellOf(result, "chat-content", "admins").verdict).toBe("no");
    expect(cellOf(result, "chat-content", "compliance-key-holders").rules).toEqual(["team-has-no-compliance-api"]);
    expect(cellOf(result, "sign-in-metadata", "owners").rules).toEqual(["team-has-no-audit-log"]);
    expect(cellOf(result, "usage-metrics", "owners").verdict).toBe("yes");
    expect(cellOf(result, "usage-metrics", "admins").verdict).toBe("no");
  });

  it("Team incognito: hidden from your history, not from your organization", () => {
    const result = report({
      account: "team",
      surfaces: ["claude-apps"],
      behaviours: ["incognito"],
      settings: settings(),
    });
    const primary = cellOf(result, "chat-content", "primary-owner");
    expect(primary.verdict).toBe("yes");
    expect(primary.reason).toContain("Incognito chats are included in your organization's data exports.");
    expect(primary.window).toContain("incognito chats: 30 days, or longer under your organization's retention policy");
    expect(cellOf(result, "chat-content", "you").reason).toContain(
      "Incognito chats are not saved to your chat history",
    );
  });

  it("Enterprise incognito with the Compliance API on: included for whoever holds a Compliance key", () => {
    const cell = cellOf(
      report({
        account: "enterprise",
        surfaces: ["claude-apps"],
        behaviours: ["incognito"],
        settings: complianceOnShared,
      }),
      "chat-content",
      "compliance-key-holders",
    );
    expect(cell.verdict).toBe("yes");
    expect(cell.mechanisms).toEqual(["compliance-api"]);
    expect(cell.reason).toContain("incognito chats are included in it");
    expect(cell.claims).toContain("incognito-in-compliance-api");
  });

  it("Enterprise deletion: the Compliance API still returns deleted chats until retention removes them", () => {
    const result = report({
      account: "enterprise",
      surfaces: ["claude-apps"],
      behaviours: ["delete-chat"],
      settings: complianceOnShared,
    });
    for (const audience of ["compliance-key-holders", "primary-owner"] as const) {
      const cell = cellOf(result, "deleted-chats", audience);
      expect(cell.verdict).toBe("yes");
      expect(cell.reason).toContain("a chat you delete stays readable through it");
      expect(cell.window).toContain("indefinitely, Enterprise's default");
    }
    expect(cellOf(result, "deleted-chats", "you").verdict).toBe("no");
  });

  it("Enterprise deletion without the Compliance API: only an export made before the deletion still holds the chat", () => {
    const result = report({
      account: "enterprise",
      surfaces: ["claude-apps"],
      behaviours: ["delete-chat"],
      settings: settings(),
    });
    const primary = cellOf(result, "deleted-chats", "primary-owner");
    expect(primary.verdict).toBe("possible");
    expect(primary.rules).toEqual(["export-made-before-deletion"]);
    expect(primary.question).toMatch(/exported before you deleted the chat/);
    expect(cellOf(result, "deleted-chats", "compliance-key-holders").verdict).toBe("no");
  });

  it("Enterprise deletion records: 180 days in the audit-log export, six years in the Activity Feed", () => {
    const result = report({
      account: "enterprise",
      surfaces: ["claude-apps"],
      behaviours: ["delete-chat"],
      settings: complianceOnShared,
    });
    // Owners create Compliance keys too (since July 2026), so they read the Activity Feed like the Primary Owner.
    for (const audience of ["owners", "primary-owner"] as const) {
      const cell = cellOf(result, "deletion-records", audience);
      expect(cell.verdict).toBe("yes");
      expect(cell.mechanisms).toEqual(["audit-log-export", "activity-feed"]);
      expect(cell.window).toBe("the last 180 days in the audit-log export; six years in the Activity Feed");
    }
    expect(cellOf(result, "deletion-records", "admins").rules).toEqual(["enterprise-admins-no-logs"]);
  });

  it("Enterprise renaming: the new title reaches the audit log, while titles at creation do not", () => {
    const result = report({
      account: "enterprise",
      surfaces: ["claude-apps"],
      behaviours: ["rename-chat"],
      settings: settings(),
    });
    const renamed = cellOf(result, "renamed-titles", "owners");
    expect(renamed.verdict).toBe("yes");
    expect(renamed.rules).toEqual(["audit-log-renames"]);
    expect(renamed.claims).toContain("audit-log-titles");
    const titles = cellOf(result, "titles", "owners");
    expect(titles.verdict).toBe("possible");
    expect(titles.mechanisms).not.toContain("audit-log-export");
  });

  it("Team renaming: no audit log, so the new title reaches Owners only if they can export", () => {
    const result = report({
      account: "team",
      surfaces: ["claude-apps"],
      behaviours: ["rename-chat"],
      settings: settings(),
    });
    expect(cellOf(result, "renamed-titles", "owners").verdict).toBe("possible");
    expect(cellOf(result, "renamed-titles", "primary-owner").mechanisms).toEqual(["data-export"]);
  });

  it("without renaming, there are no renamed titles to see", () => {
    const cell = cellOf(
      report({ account: "enterprise", surfaces: ["claude-apps"], settings: settings() }),
      "renamed-titles",
      "owners",
    );
    expect(cell.verdict).toBe("no");
    expect(cell.rules).toEqual(["chats-not-renamed"]);
  });

  it("Claude Code signed in with the Enterprise account: the Compliance API returns transcripts with the text of files read", () => {
    const result = report({
      account: "enterprise",
      surfaces: ["claude-code-work-login"],
      settings: complianceOnShared,
    });
    for (const audience of ["primary-owner", "compliance-key-holders"] as const) {
      const cell = cellOf(result, "claude-code-transcripts", audience);
      expect(cell.verdict).toBe("yes");
      expect(cell.reason).toContain("the text of files Claude Code read");
      // Since the August 2026 refresh: a finite custom period applies, shorter or longer, the shortest if several.
      expect(cell.window).toBe(
        "6 years by default, or your organization's custom retention period when a finite one is set, whether shorter or longer (the shortest, if several are set)",
      );
    }
    expect(cellOf(result, "claude-code-transcripts", "you").mechanisms).toEqual(["local-cache"]);
    expect(cellOf(result, "claude-code-metrics", "admins").mechanisms).toEqual(["analytics-dashboard"]);
  });

  it("Claude Code with a Console API key on Enterprise: not returned by the Compliance API", () => {
    const result = report({ account: "enterprise", surfaces: ["claude-code-api-key"], settings: complianceOnShared });
    expect(cellOf(result, "claude-code-transcripts", "compliance-key-holders").verdict).toBe("no");
    expect(cellOf(result, "claude-code-transcripts", "primary-owner").rules).toEqual(["sessions-not-returned"]);
    expect(cellOf(result, "claude-code-metrics", "admins").mechanisms).toEqual(["claude-code-analytics-api"]);
  });

  it("Claude Code under zero data retention: sessions are not returned", () => {
    const result = report({
      account: "enterprise",
      surfaces: ["claude-code-work-login"],
      settings: { ...complianceOnShared, zdr: "yes" },
    });
    expect(cellOf(result, "claude-code-transcripts", "primary-owner").verdict).toBe("no");
    expect(cellOf(result, "claude-code-transcripts", "compliance-key-holders").verdict).toBe("no");
    expect(cellOf(result, "claude-code-metrics", "owners").reason).toContain(
      "unless your organization uses zero data retention",
    );
  });

  it("Cowork on Enterprise: returned by the Compliance API even under zero data retention", () => {
    const cell = cellOf(
      report({ account: "enterprise", surfaces: ["cowork"], settings: { ...complianceOnShared, zdr: "yes" } }),
      "cowork-sessions",
      "primary-owner",
    );
    expect(cell.verdict).toBe("yes");
    expect(cell.reason).toContain("zero data retention does not cover");
  });

  it("Access Transparency covers the Claude API: each staff view is recorded within two business days", () => {
    const result = report({
      account: "console",
      surfaces: ["claude-api", "claude-code-api-key"],
      settings: settings({ "access-transparency": "yes" }),
    });
    const api = cellOf(result, "api-content", "anthropic-staff");
    expect(api.verdict).toBe("possible");
    expect(api.mechanisms).toEqual(["access-transparency-feed", "human-review"]);
    expect(api.reason).toContain("within two business days, with one of four reason codes");
    expect(cellOf(result, "claude-code-transcripts", "anthropic-staff").mechanisms).toContain(
      "access-transparency-feed",
    );
    expect(cellOf(result, "api-content", "anthropic-automated").reason).toContain(
      "an empty feed means no person looked, not that no system did",
    );
    expect(cellOf(result, "api-content", "owners").rules).toEqual(["console-has-no-owners"]);
    expect(cellOf(result, "api-content", "admins").verdict).toBe("no");
  });

  it("Access Transparency does not cover claude.ai Enterprise seats, even when enabled", () => {
    const result = report({
      account: "enterprise",
      surfaces: ["claude-apps", "claude-code-work-login"],
      settings: settings({ "access-transparency": "yes" }),
    });
    const chats = cellOf(result, "chat-content", "anthropic-staff");
    expect(chats.mechanisms).toEqual(["human-review"]);
    expect(chats.reason).toContain("Access Transparency does not cover the Claude apps");
    const code = cellOf(result, "claude-code-transcripts", "anthropic-staff");
    expect(code.mechanisms).toEqual(["human-review"]);
    expect(code.reason).toContain("Access Transparency covers Claude Code only when it runs with an API key");
  });

  it("CMEK: preservation is recorded whether a person or an automated pipeline started it", () => {
    const cell = cellOf(
      report({
        account: "console",
        surfaces: ["claude-api"],
        settings: settings({ cmek: "yes", "access-transparency": "yes" }),
      }),
      "api-content",
      "anthropic-automated",
    );
    expect(cell.verdict).toBe("yes");
    // The preservation event is how the organization learns of it, not how the systems reach the content.
    expect(cell.mechanisms).toEqual(["automated-processing"]);
    expect(cell.reason).toContain("whether a person or an automated safety pipeline started it");
  });

  it("Console organization: admins read the Activity Feed when it is set up, and nothing of claude.ai chats", () => {
    const result = report({
      account: "console",
      surfaces: ["claude-apps", "claude-api"],
      settings: settings({ "compliance-api": "yes" }),
    });
    expect(cellOf(result, "sign-in-metadata", "admins").mechanisms).toEqual(["activity-feed"]);
    expect(cellOf(result, "chat-content", "admins").rules).toEqual(["chats-belong-to-claude-ai-organizations"]);
    expect(cellOf(result, "usage-metrics", "admins").verdict).toBe("possible");
  });

  it.each([
    ["bedrock", "Amazon Bedrock"],
    ["google-cloud", "Google Cloud"],
    ["foundry", "Microsoft Foundry"],
  ] as const)(
    "partner cloud %s: outside Anthropic's roles and Access Transparency; the cloud's own logs are the question",
    (partnerCloud, label) => {
      const result = report({
        account: "partner-cloud",
        partnerCloud,
        surfaces: ["claude-code-api-key", "claude-api"],
        settings: settings({ "access-transparency": "yes" }),
      });
      expect(cellOf(result, "claude-code-transcripts", "compliance-key-holders").rules).toEqual([
        "partner-cloud-outside-anthropic-roles",
      ]);
      const admins = cellOf(result, "api-content", "admins");
      expect(admins.verdict).toBe("possible");
      expect(admins.question).toContain(label);
      expect(cellOf(result, "api-content", "anthropic-staff").mechanisms).not.toContain("access-transparency-feed");
      expect(result.notes.map((note) => note.id)).toContain("partner-cloud-controls");
    },
  );

  it('an unknown Compliance API gives "possible" and names the questions, where a known one would decide', () => {
    const result = report({
      account: "enterprise",
      surfaces: ["claude-apps"],
      settings: settings({ "compliance-api": "unknown", "compliance-key-shared": "unknown" }),
    });
    const holders = cellOf(result, "chat-content", "compliance-key-holders");
    expect(holders.verdict).toBe("possible");
    expect(holders.dependsOn).toEqual(["compliance-api", "compliance-key-shared"]);
    expect(holders.question).toContain("Has your organization turned on the Compliance API");
    expect(holders.reason).toMatch(
      /^It depends on settings you did not know \(Compliance API, Compliance key given to tools or people\)\./,
    );
    const primary = cellOf(result, "chat-content", "primary-owner");
    expect(primary.verdict).toBe("yes");
    expect(primary.dependsOn).toEqual([]);
  });

  it("a custom retention period fills the window", () => {
    const cell = cellOf(
      report({
        account: "enterprise",
        surfaces: ["claude-apps"],
        settings: settings({ "custom-retention": "yes" }),
        retentionDays: 90,
      }),
      "chat-content",
      "primary-owner",
    );
    expect(cell.window).toContain("90 days after the last message, under your organization's custom retention period");
  });

  it("Enterprise Admins see usage analytics except spend; the Primary Owner also has the Analytics API", () => {
    const result = report({ account: "enterprise", surfaces: ["claude-apps"], settings: settings() });
    expect(cellOf(result, "usage-metrics", "admins").reason).toBe(
      "Enterprise Admins can see the usage analytics, except the spend figures.",
    );
    expect(cellOf(result, "usage-metrics", "primary-owner").mechanisms).toEqual([
      "analytics-dashboard",
      "analytics-api",
    ]);
    expect(cellOf(result, "sign-in-metadata", "owners").mechanisms).toEqual(["audit-log-export"]);
  });

  it("Claude in Chrome alone: whether exports include it is not known", () => {
    const cell = cellOf(
      report({ account: "enterprise", surfaces: ["claude-in-chrome"], settings: settings() }),
      "chat-content",
      "primary-owner",
    );
    expect(cell.verdict).toBe("possible");
    expect(cell.rules).toEqual(["claude-in-chrome-exports-unknown"]);
  });

  it("always adds the third-party caveat about an employer's own monitoring, labelled third-party", () => {
    const note = report({ account: "personal" }).notes.find((candidate) => candidate.id === "device-monitoring");
    expect(note?.provenance).toBe("third-party");
  });
});

describe("cellOf", () => {
  it("finds a cell and refuses one the report lacks", () => {
    const result = report({ account: "team" });
    expect(cellOf(result, "telemetry", "you").data).toBe("telemetry");
    expect(() => cellOf({ ...result, cells: [] }, "telemetry", "you")).toThrow(/no cell/);
  });
});
