/**
 * The command opens no connection. Two proofs: its module graph imports no network module and calls no
 * fetch; and run in a child process with every network call replaced by one that records and throws,
 * it finishes with its report and no attempt recorded.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { writeLayout } from "./test-fixtures";

const repo = resolve(import.meta.dirname, "..", "..");
const entry = join(repo, "scripts", "computer", "main.ts");
/** A bare environment for the child: no proxy, no telemetry or credentials from the machine running the tests. */
const childEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? "", NODE_ENV: "test" };

/** Every module the command loads from this repository, and every module it imports from elsewhere. */
function moduleGraph(start: string): { files: string[]; external: Set<string> } {
  const files: string[] = [];
  const external = new Set<string>();
  const pending = [start];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.includes(file)) continue;
    files.push(file);
    const source = readFileSync(file, "utf8");
    // Static imports and re-exports; type-only imports load nothing at run time.
    for (const match of source.matchAll(
      /^(?:import|export)\s+(type\s+)?[^'"]*?from\s+["']([^"']+)["']|^import\s+["']([^"']+)["']/gm,
    )) {
      if (match[1]) continue;
      const specifier = match[2] ?? match[3]!;
      const local = specifier.startsWith("@/")
        ? join(repo, specifier.slice(2))
        : specifier.startsWith(".")
          ? join(dirname(file), specifier)
          : undefined;
      if (!local) {
        external.add(specifier);
        continue;
      }
      const resolved = [`${local}.ts`, `${local}.tsx`, join(local, "index.ts"), local].find(
        (path) => existsSync(path) && statSync(path).isFile(),
      );
      if (!resolved || !/\.tsx?$/.test(resolved)) throw new Error(`cannot resolve ${specifier} from ${file}`);
      pending.push(resolved);
    }
  }
  return { files, external };
}

describe("the command's module graph", () => {
  const { files, external } = moduleGraph(entry);

  it("imports no network module", () => {
    const network =
      /^(node:)?(net|http|https|http2|dgram|tls|dns|child_process|worker_threads|cluster|inspector)(\/|$)/;
    expect([...external].filter((specifier) => network.test(specifier))).toEqual([]);
    // Node's own modules it needs, and zod: nothing else from outside the repository.
    expect([...external].sort()).toEqual(
      [...external].filter((specifier) => /^node:(fs\/promises|path|os|util)$|^zod(\/mini)?$/.test(specifier)).sort(),
    );
  });

  it("never calls fetch or opens a socket by a global", () => {
    for (const file of files) {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(code, file).not.toMatch(/\bfetch\s*\(|\bWebSocket\b|\bXMLHttpRequest\b|\bEventSource\b/);
    }
  });

  it("reads files only: the collector imports no function that writes", () => {
    const collector = readFileSync(join(repo, "scripts", "computer", "collect.ts"), "utf8");
    const imported = /import\s*\{([^}]*)\}\s*from\s*"node:fs\/promises"/.exec(collector)![1]!;
    expect(
      imported
        .split(",")
        .map((name) => name.trim())
        .sort(),
    ).toEqual(["lstat", "opendir", "readFile", "readdir", "stat"]);
  });
});

describe("the command in a child process with the network blocked", () => {
  it("would see an attempt: the block records a connection and a fetch", async () => {
    const { stderr } = await promisify(execFile)(
      process.execPath,
      [
        "--import",
        join(repo, "scripts", "computer", "test-support", "block-network.mjs"),
        "--input-type=module",
        "-e",
        'import net from "node:net"; try { net.connect(9) } catch {} try { await fetch("http://example.com") } catch {}',
      ],
      { cwd: repo, env: childEnv, timeout: 60_000 },
    );
    expect(stderr).toContain("NETWORK ATTEMPT: net.connect");
    expect(stderr).toContain("NETWORK ATTEMPT: fetch");
  });

  it("reads a computer's files and reports, with no network attempt", async () => {
    const dir = await mkdtemp(join(tmpdir(), "no-network-"));
    try {
      const { root, home } = await writeLayout("linux-enterprise", dir);
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        [
          // tsx first: it loads the TypeScript and talks to its own tooling; the block then covers the command.
          "--import",
          "tsx",
          "--import",
          join(repo, "scripts", "computer", "test-support", "block-network.mjs"),
          entry,
          "--root",
          root,
          "--home",
          home,
          "--platform",
          "linux",
          "--json",
        ],
        { cwd: repo, env: childEnv, timeout: 60_000 },
      );
      expect(stderr).not.toContain("NETWORK ATTEMPT");
      const report = JSON.parse(stdout);
      expect(report.answers.settings).toEqual({ "otel-monitoring": "yes", "otel-prompts": "yes" });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
