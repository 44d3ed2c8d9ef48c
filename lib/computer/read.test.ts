import { describe, expect, it } from "vitest";
import { claimById } from "@/lib/model/lookups";
import { checkFragment } from "./check-link";
import { readerClaimIds } from "./claim-ids";
import { findingSchema, type Finding } from "./finding";
import type { ComputerInput } from "./input-schema";
import { readComputer, type ComputerReport } from "./read";
import { EMAIL, SECRET, layoutInput, layouts, type LayoutName } from "./test-fixtures";

const finding = (report: ComputerReport, id: string): Finding => {
  const found = report.findings.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no finding "${id}" in ${report.findings.map((f) => f.id).join(", ")}`);
  return found;
};

const page = (...sources: ComputerInput["sources"]): ComputerInput => ({ via: "page", sources });
const text = (kind: ComputerInput["sources"][number]["kind"], value: unknown, path = "pasted text") => ({
  kind,
  path,
  read: { state: "text" as const, text: typeof value === "string" ? value : JSON.stringify(value) },
});

describe("readComputer on each made-up computer", () => {
  it.each(Object.keys(layouts) as LayoutName[])(
    "%s: every finding is well formed and cites claims that exist",
    (name) => {
      const report = readComputer(layoutInput(name));
      for (const item of report.findings) {
        expect(findingSchema.safeParse(item).success, item.id).toBe(true);
        for (const id of item.claims) {
          expect(() => claimById(id), `${item.id} cites ${id}`).not.toThrow();
          expect(readerClaimIds as readonly string[], `${item.id} cites ${id}`).toContain(id);
        }
      }
      expect(new Set(report.findings.map((item) => item.id)).size).toBe(report.findings.length);
    },
  );

  it.each(Object.keys(layouts) as LayoutName[])("%s: prints no secret and no full e-mail address", (name) => {
    const printed = JSON.stringify(readComputer(layoutInput(name)));
    expect(printed).not.toContain(SECRET);
    expect(printed).not.toContain(EMAIL);
  });

  it("linux-enterprise: managed telemetry with prompts to the organization's collector, the drop-in's period", () => {
    const report = readComputer(layoutInput("linux-enterprise"));
    expect(finding(report, "telemetry-switch")).toMatchObject({
      tone: "sends",
      title: "Claude Code telemetry is switched on and goes to collector.example.com.",
    });
    expect(finding(report, "telemetry-switch").claims).toContain("otel-managed-settings-reach");
    expect(finding(report, "telemetry-prompts").tone).toBe("sends");
    // The drop-in's OTEL_LOG_TOOL_DETAILS=1 beats the shell's 0; the hidden drop-in is never read.
    expect(finding(report, "telemetry-tools").tone).toBe("sends");
    expect(report.findings.some((item) => item.id === "telemetry-raw-bodies")).toBe(false);
    expect(finding(report, "telemetry-identity").detail).toContain("j•••@example.com");
    expect(finding(report, "telemetry-identity").detail).toContain("department, user.email");
    expect(finding(report, "transcripts-period").title).toBe("Transcripts stay on this computer for 7 days.");
    expect(finding(report, "sign-in")).toMatchObject({ basis: "file-layout" });
    expect(finding(report, "server-managed").title).toBe("Your organization has set no server-managed settings.");
    expect(report.answers).toEqual({
      account: "enterprise",
      surfaces: ["claude-code-work-login"],
      settings: { "otel-monitoring": "yes", "otel-prompts": "yes" },
      fromFiles: ["account", "surfaces", "otel-monitoring", "otel-prompts"],
    });
  });

  it("linux-enterprise: lists other keys and variables by name only", () => {
    const report = readComputer(layoutInput("linux-enterprise"));
    const user = report.files.find((file) => file.kind === "user-settings")!;
    expect(user).toMatchObject({ outcome: "read", otherKeys: ["theme"], otherVariables: ["MY_TOOL_TOKEN"] });
    expect(report.files.find((file) => file.kind === "managed-file")!.otherKeys).toEqual(["permissions"]);
    expect(report.files.filter((file) => file.kind === "managed-drop-in").map((file) => file.path)).toEqual([
      "/etc/claude-code/managed-settings.d/10-tools.json",
    ]);
  });

  it("macos-personal: a personal sign-in on a managed laptop is named in every event; the plan stays open", () => {
    const report = readComputer(layoutInput("macos-personal"));
    expect(finding(report, "telemetry-switch").tone).toBe("sends");
    expect(finding(report, "telemetry-identity").title).toBe("Each event carries your e-mail address and account ID.");
    expect(finding(report, "sign-in").title).toBe(
      "Claude Code is signed in with /login; these files do not say to which plan.",
    );
    expect(finding(report, "limits-device-policy").tone).toBe("cannot-tell");
    expect(report.answers.account).toBeUndefined();
    expect(report.answers.settings).toEqual({ "otel-monitoring": "yes", "otel-prompts": "yes" });
  });

  it("windows-personal: telemetry switched on by the person, to the terminal only; a proxy named by host", () => {
    const report = readComputer(layoutInput("windows-personal"));
    expect(finding(report, "telemetry-switch")).toMatchObject({ tone: "cannot-tell" });
    expect(finding(report, "telemetry-switch").detail).toContain("not by your organization");
    expect(finding(report, "routing-proxy").title).toBe(
      "Claude Code's network connections go through a proxy at proxy.example.com.",
    );
    expect(finding(report, "managed-file").tone).toBe("not-found");
    expect(report.answers).toMatchObject({ account: "personal", surfaces: ["claude-code-work-login"], settings: {} });
  });

  it("linux-api-key: server-managed telemetry logging whole bodies, identity without an account", () => {
    const report = readComputer(layoutInput("linux-api-key"));
    expect(finding(report, "telemetry-switch").title).toContain("otel.example.net");
    expect(finding(report, "telemetry-raw-bodies").tone).toBe("sends");
    // The file's env variable fills in what the server leaves unset.
    expect(finding(report, "telemetry-tools").tone).toBe("sends");
    expect(finding(report, "telemetry-identity").claims).toEqual(["otel-identity-api-key"]);
    expect(finding(report, "anthropic-metrics").tone).toBe("does-not-send");
    expect(finding(report, "managed-file").claims).toContain("managed-source-precedence");
    expect(report.answers).toMatchObject({ account: "console", surfaces: ["claude-code-api-key"] });
    expect(report.answers.settings).toEqual({ "otel-monitoring": "yes", "otel-prompts": "yes" });
  });

  it("linux-broken: says what could not be read, and does not call telemetry off", () => {
    const report = readComputer(layoutInput("linux-broken"));
    const files = Object.fromEntries(report.files.map((file) => [file.kind, file]));
    expect(files["managed-file"]!.message).toMatch(/not valid JSON/);
    expect(files["user-settings"]!.message).toMatch(/folder/);
    expect(files["claude-json"]!.message).toMatch(/not valid JSON/);
    expect(finding(report, "telemetry-switch").tone).toBe("cannot-tell");
    expect(finding(report, "telemetry-switch").detail).toContain(
      "/etc/claude-code/managed-settings.json and /home/jane/.claude/settings.json could not be read",
    );
    expect(finding(report, "transcripts-period").tone).toBe("cannot-tell");
    expect(report.findings.filter((item) => item.id.startsWith("file-problem")).map((item) => item.claims)).toEqual([
      ["settings-invalid-files"],
      ["claude-code-config-dir"],
    ]);
    expect(report.answers).toEqual({ surfaces: [], settings: {}, fromFiles: [] });
  });
});

describe("readComputer on the transcripts the command counted", () => {
  const withStats = (transcripts: ComputerInput["transcripts"]) =>
    readComputer({ ...layoutInput("linux-enterprise"), transcripts });

  it("says how many there are, how large and how old, and 'at least' when the count stopped at its limit", () => {
    const stats = {
      state: "counted" as const,
      path: "/home/jane/.claude/projects",
      projects: 41,
      files: 200_000,
      bytes: 3.5 * 1024 ** 3,
      oldest: "2026-10-30T08:00:00.000Z",
      newest: "2026-11-29T09:00:00.000Z",
    };
    expect(finding(withStats({ ...stats, capped: false }), "transcripts-on-disk").title).toBe(
      "200,000 transcripts are on this computer now, 3.5 GB, from 41 project folders.",
    );
    const capped = finding(withStats({ ...stats, capped: true }), "transcripts-on-disk");
    expect(capped.title).toBe(
      "At least 200,000 transcripts are on this computer now, at least 3.5 GB, from 41 project folders.",
    );
    expect(capped.detail).toContain("The oldest was last written on 30 October 2026, the newest on 29 November 2026.");
    expect(capped.detail).toContain("the real figures are higher");
  });

  it("says when there is no folder, or it cannot be read", () => {
    expect(finding(withStats({ state: "missing", path: "/p" }), "transcripts-on-disk").title).toBe(
      "There is no transcripts folder on this computer.",
    );
    expect(
      finding(withStats({ state: "unreadable", path: "/p", reason: "permission denied" }), "transcripts-on-disk").tone,
    ).toBe("cannot-tell");
  });

  it("names a file too large to read", () => {
    const report = readComputer({
      via: "command",
      os: "linux",
      sources: [
        {
          kind: "managed-file",
          path: "/etc/claude-code/managed-settings.json",
          read: { state: "too-large", bytes: 3 * 1024 ** 2, limit: 1024 ** 2 },
        },
      ],
    });
    expect(report.files[0]!.message).toBe(
      "Not read: it is 3 MB, more than the 1 MB this reader accepts for this kind of file.",
    );
    expect(finding(report, "telemetry-switch").tone).toBe("cannot-tell");
  });
});

describe("readComputer on what a person pastes", () => {
  it("a managed file with an OTLP endpoint and prompt logging pre-answers telemetry and prompt logging", () => {
    const report = readComputer(
      page(
        text("managed-file", {
          env: {
            CLAUDE_CODE_ENABLE_TELEMETRY: "1",
            OTEL_LOGS_EXPORTER: "otlp",
            OTEL_EXPORTER_OTLP_ENDPOINT: "https://collector.example.com:4317",
            OTEL_LOG_USER_PROMPTS: "1",
          },
        }),
      ),
    );
    expect(checkFragment(report.answers)).toBe(
      "otel-monitoring=yes&otel-prompts=yes&from-files=otel-monitoring,otel-prompts",
    );
    expect(finding(report, "limits-environment").tone).toBe("cannot-tell");
  });

  it("telemetry without a collector address, or with an undocumented value, pre-answers nothing", () => {
    for (const env of [
      { CLAUDE_CODE_ENABLE_TELEMETRY: "1", OTEL_METRICS_EXPORTER: "otlp" },
      {
        CLAUDE_CODE_ENABLE_TELEMETRY: "true",
        OTEL_METRICS_EXPORTER: "otlp",
        OTEL_EXPORTER_OTLP_ENDPOINT: "https://c.example",
      },
      {
        CLAUDE_CODE_ENABLE_TELEMETRY: "1",
        OTEL_METRICS_EXPORTER: "otlp",
        OTEL_EXPORTER_OTLP_ENDPOINT: "c.example:4317",
      },
    ]) {
      const report = readComputer(page(text("managed-file", { env })));
      expect(report.answers.settings, JSON.stringify(env)).toEqual({});
    }
  });

  it("telemetry you switch on yourself does not answer whether your organization collects it", () => {
    const env = {
      CLAUDE_CODE_ENABLE_TELEMETRY: "1",
      OTEL_LOGS_EXPORTER: "otlp",
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://localhost:4317",
      OTEL_LOG_USER_PROMPTS: "1",
    };
    const report = readComputer(page(text("user-settings", { env })));
    expect(finding(report, "telemetry-switch")).toMatchObject({ tone: "sends" });
    expect(finding(report, "telemetry-switch").detail).toContain("not by your organization");
    expect(report.answers.settings).toEqual({});
  });

  it("never pre-answers a setting as no: absent telemetry stays for the person to answer", () => {
    const report = readComputer(page(text("user-settings", { env: { CLAUDE_CODE_ENABLE_TELEMETRY: "0" } })));
    expect(finding(report, "telemetry-switch").tone).toBe("does-not-send");
    expect(report.answers.settings).toEqual({});
  });

  it("the text of /status names the plan and the managed source", () => {
    const report = readComputer(
      page(
        text(
          "status",
          " Login method: Claude Enterprise Account\n Email: jane.doe@example.com\n Setting sources: Enterprise managed settings (plist)",
          "/status",
        ),
      ),
    );
    expect(finding(report, "status-login").title).toBe(
      "/status shows Claude Code signed in to an Enterprise plan as j•••@example.com.",
    );
    expect(finding(report, "status-sources")).toMatchObject({ tone: "cannot-tell" });
    expect(report.findings.some((item) => item.id === "limits-device-policy")).toBe(false);
    expect(report.answers).toMatchObject({ account: "enterprise", surfaces: ["claude-code-work-login"] });
  });

  it("shows a full address only when asked", () => {
    const input = page(text("status", " Login method: Claude Max Account\n Email: jane.doe@example.com", "/status"));
    expect(JSON.stringify(readComputer(input))).not.toContain(EMAIL);
    expect(JSON.stringify(readComputer({ ...input, revealEmail: true }))).toContain(EMAIL);
  });

  it("says a text that is not /status is not", () => {
    const report = readComputer(page(text("status", "hello world")));
    expect(report.files[0]).toMatchObject({ outcome: "problem", message: expect.stringMatching(/does not look like/) });
  });

  it("a partner cloud in settings answers the account and its cloud", () => {
    const report = readComputer(page(text("user-settings", { env: { CLAUDE_CODE_USE_BEDROCK: "1" } })));
    expect(report.answers).toMatchObject({
      account: "partner-cloud",
      partnerCloud: "bedrock",
      surfaces: ["claude-code-api-key"],
    });
    expect(finding(report, "anthropic-metrics").tone).toBe("does-not-send");
  });

  it("a gateway address names the host that sees every request", () => {
    const report = readComputer(
      page(text("user-settings", { env: { ANTHROPIC_BASE_URL: "https://llm-gateway.example.com/anthropic" } })),
    );
    expect(finding(report, "routing-base-url").title).toBe(
      "Claude Code's requests go to llm-gateway.example.com instead of Anthropic's API.",
    );
  });

  it("refuses an input object that does not match its schema", () => {
    expect(() => readComputer({ via: "elsewhere" } as unknown as ComputerInput)).toThrow(TypeError);
  });
});
