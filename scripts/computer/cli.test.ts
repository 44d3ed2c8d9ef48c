import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMAIL, SECRET, layouts, type LayoutName } from "@/lib/computer/test-fixtures";
import { DEFAULT_SITE, run } from "./cli";
import { countTranscripts } from "./collect";
import { writeLayout } from "./test-fixtures";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "what-does-this-computer-send-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the command in this process against a made-up computer; returns its exit code and output. */
async function command(name: LayoutName, ...argv: string[]) {
  const { root, home } = await writeLayout(name, join(dir, name));
  return runWith(layouts[name].env, ["--root", root, "--home", home, "--platform", layouts[name].os, ...argv]);
}

async function runWith(env: Record<string, string>, argv: string[]) {
  let out = "";
  let err = "";
  const code = await run({
    argv,
    env,
    platform: "linux",
    home: "/nonexistent-home",
    out: (text) => (out += text),
    err: (text) => (err += text),
  });
  return { code, out, err };
}

describe("the command on each made-up computer", () => {
  it.each(Object.keys(layouts) as LayoutName[])(
    "%s: runs, prints the link, and never a secret or a full address",
    async (name) => {
      for (const format of [[], ["--json"]]) {
        const { code, out, err } = await command(name, ...format);
        expect(err).toBe("");
        expect(code).toBe(0);
        expect(out).toContain(`${DEFAULT_SITE}/check/`);
        expect(out).not.toContain(SECRET);
        expect(out).not.toContain(EMAIL);
      }
    },
  );

  it("linux-enterprise: says in plain words where prompts go, with numbered sources", async () => {
    const { out } = await command("linux-enterprise");
    expect(out).toContain("Sends: Claude Code telemetry is switched on and goes to collector.example.com.");
    expect(out).toContain("Sends: The words of your prompts are sent with the telemetry.");
    expect(out).toContain("Kept here: Transcripts stay on this computer for 7 days.");
    expect(out).toMatch(/Sources: \[\d+\]/);
    expect(out).toContain("https://code.claude.com/docs/en/monitoring-usage");
    expect(out).toContain(`${DEFAULT_SITE}/sources/claude-code-docs/#claim-otel-prompts`);
    expect(out).toContain(
      `${DEFAULT_SITE}/check/#account=enterprise&surfaces=claude-code-work-login&otel-monitoring=yes&otel-prompts=yes&from-files=account,surfaces,otel-monitoring,otel-prompts`,
    );
    // The hidden drop-in and the text file beside it are not read.
    expect(out).not.toContain(".hidden.json");
    expect(out).not.toContain("notes.txt");
  });

  it("linux-enterprise --json: findings, files, answers and claims for scripts", async () => {
    const { out } = await command("linux-enterprise", "--json", "--site", "https://docs.example.com/privacy/ai/");
    const report = JSON.parse(out);
    expect(report.version).toBe(1);
    expect(report.check).toBe(
      "https://docs.example.com/privacy/ai/check/#account=enterprise&surfaces=claude-code-work-login&otel-monitoring=yes&otel-prompts=yes&from-files=account,surfaces,otel-monitoring,otel-prompts",
    );
    expect(report.findings.every((finding: { claims: string[] }) => finding.claims.length > 0)).toBe(true);
    expect(report.claims.find((claim: { id: string }) => claim.id === "otel-prompts").url).toBe(
      "https://docs.example.com/privacy/ai/sources/claude-code-docs/#claim-otel-prompts",
    );
  });

  it("macos-personal: a personal account on a managed laptop is named in the telemetry", async () => {
    const { out } = await command("macos-personal");
    expect(out).toContain("Sends: Each event carries your e-mail address and account ID.");
    expect(out).toContain("j•••@example.com");
    expect(out).toContain("A device policy (an MDM profile on macOS, the registry on Windows) cannot be read");
  });

  it("shows the full address with --show-email", async () => {
    const { out } = await command("macos-personal", "--show-email");
    expect(out).toContain(EMAIL);
  });

  it("windows-personal: reads the Windows layout", async () => {
    const { out } = await command("windows-personal");
    expect(out).toContain("C:\\Program Files\\ClaudeCode\\managed-settings.json: Not on this computer.");
    expect(out).toContain("signed in with /login to a personal Pro or Max plan");
    expect(out).toContain("through a proxy at proxy.example.com");
  });

  it("linux-broken: a clear message for a malformed file and for one that cannot be read", async () => {
    const { code, out: printed } = await command("linux-broken");
    const out = printed.replace(/\s+/g, " ");
    expect(code).toBe(0);
    expect(out).toMatch(/managed-settings\.json: It is not valid JSON .*no trailing commas/);
    expect(out).toMatch(/settings\.json: Could not be read: it is a folder or a device, not a file\./);
    expect(out).toContain("Cannot tell: No file that could be read switches Claude Code telemetry on");
  });

  it.runIf(typeof process.getuid === "function" && process.getuid() !== 0)(
    "says permission denied for a file the user cannot read",
    async () => {
      const { chmod } = await import("node:fs/promises");
      const { root, home } = await writeLayout("linux-enterprise", join(dir, "denied"));
      await chmod(join(root, "etc", "claude-code", "managed-settings.json"), 0o000);
      const { out } = await runWith({}, ["--root", root, "--home", home, "--platform", "linux"]);
      expect(out).toContain("/etc/claude-code/managed-settings.json: Could not be read: permission denied.");
    },
  );
});

describe("the transcripts folder", () => {
  it("counts a large folder, and says 'at least' when it stops at its limit", async () => {
    const projects = join(dir, "huge", "projects");
    const perProject = 250;
    for (let p = 0; p < 24; p++) {
      const folder = join(projects, `-home-jane-project-${p}`);
      await mkdir(join(folder, "memory"), { recursive: true });
      await writeFile(join(folder, "memory", "MEMORY.md"), "notes");
      await Promise.all(
        Array.from({ length: perProject }, (_, i) =>
          writeFile(join(folder, `session-${i}.jsonl`), '{"type":"user"}\n'),
        ),
      );
    }
    const full = await countTranscripts(projects);
    expect(full).toMatchObject({ state: "counted", projects: 24, files: 24 * perProject, capped: false });
    expect(full.state === "counted" && full.bytes).toBe(24 * perProject * 16);
    const capped = await countTranscripts(projects, 1000);
    expect(capped).toMatchObject({ state: "counted", projects: 24, capped: true });
    expect(capped.state === "counted" && capped.files).toBeLessThan(1000);

    const home = join(dir, "huge");
    await mkdir(join(home, ".claude"), { recursive: true });
    await rm(join(home, ".claude", "projects"), { recursive: true, force: true });
    await writeFile(join(home, ".claude.json"), "{}");
    const { out } = await runWith({ CLAUDE_CONFIG_DIR: home }, [
      "--home",
      home,
      "--platform",
      "linux",
      "--root",
      join(dir, "empty-root"),
    ]);
    expect(out).toContain("6,000 transcripts are on this computer now");
  });

  it("says so when there is no transcripts folder", async () => {
    expect(await countTranscripts(join(dir, "no-such-folder"))).toEqual({
      state: "missing",
      path: join(dir, "no-such-folder"),
    });
  });
});

describe("the command's options", () => {
  it("prints help", async () => {
    const { code, out } = await runWith({}, ["--help"]);
    expect(code).toBe(0);
    expect(out).toContain("--json");
  });

  it("refuses an unknown option, platform or site address with exit code 2", async () => {
    expect((await runWith({}, ["--nope"])).code).toBe(2);
    expect((await runWith({}, ["--platform", "beos"])).err).toContain("--platform must be macos, linux or windows");
    expect((await runWith({}, ["--site", "docs.example.com"])).err).toContain("must start with http:// or https://");
  });

  it("takes the site from SITE_URL when no --site is given", async () => {
    const { out } = await runWith({ SITE_URL: "https://intranet.example.org/ai" }, [
      "--home",
      join(dir, "nobody"),
      "--root",
      join(dir, "nothing"),
      "--platform",
      "linux",
    ]);
    expect(out).toContain("https://intranet.example.org/ai/check/");
    expect(out).not.toContain("npm start");
  });
});
