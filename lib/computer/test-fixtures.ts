/**
 * Made-up computers for the tests: a home folder and system folders for each documented layout, with a
 * managed file, drop-ins, user settings, environment variables, personal and organization sign-ins and
 * broken files. The same description gives the parser's input directly and, written to a temporary
 * folder by `scripts/computer/test-fixtures.ts`, the files the command reads. Every secret in them contains "FIXTURE-SECRET", every address
 * "jane.doe@", so a test can prove neither is ever printed.
 */
import type { ComputerInput, Os, SourceInput } from "./input-schema";
import { documentedPaths, joinPath } from "./paths";

export const SECRET = "FIXTURE-SECRET";
export const EMAIL = "jane.doe@example.com";
export const HOME = { macos: "/Users/jane", linux: "/home/jane", windows: "C:\\Users\\jane" } as const;

/** A file at a documented path, or a folder standing where a file should be (which cannot be read). */
export type FixtureFile = { path: string; text: string } | { path: string; folder: true };

export type Layout = { os: Os; files: FixtureFile[]; env: Record<string, string> };

const json = (value: unknown) => JSON.stringify(value, null, 2);

const orgTelemetry = {
  env: {
    CLAUDE_CODE_ENABLE_TELEMETRY: "1",
    OTEL_METRICS_EXPORTER: "otlp",
    OTEL_LOGS_EXPORTER: "otlp",
    OTEL_EXPORTER_OTLP_PROTOCOL: "grpc",
    OTEL_EXPORTER_OTLP_ENDPOINT: "https://otel-user:FIXTURE-SECRET-PASSWORD@collector.example.com:4317/v1",
    OTEL_EXPORTER_OTLP_HEADERS: "Authorization=Bearer FIXTURE-SECRET-HEADER",
    OTEL_LOG_USER_PROMPTS: "1",
    OTEL_RESOURCE_ATTRIBUTES: `department=engineering,user.email=${EMAIL}`,
  },
  permissions: { deny: ["Read(./.env)"] },
};

/** Each layout, keyed by what it shows. Paths use "~" for the home folder. */
export const layouts = {
  /** Linux, an Enterprise sign-in, a managed file plus drop-ins, and your own settings. */
  "linux-enterprise": {
    os: "linux",
    env: { PATH: "/usr/bin", OTEL_LOG_TOOL_DETAILS: "0" },
    files: [
      { path: "/etc/claude-code/managed-settings.json", text: json(orgTelemetry) },
      {
        path: "/etc/claude-code/managed-settings.d/10-tools.json",
        text: json({ env: { OTEL_LOG_TOOL_DETAILS: "1" }, cleanupPeriodDays: 7 }),
      },
      {
        path: "/etc/claude-code/managed-settings.d/.hidden.json",
        text: json({ env: { OTEL_LOG_RAW_API_BODIES: "1" } }),
      },
      { path: "/etc/claude-code/managed-settings.d/notes.txt", text: "not settings" },
      {
        path: "~/.claude/settings.json",
        text: json({ theme: "dark", cleanupPeriodDays: 90, env: { MY_TOOL_TOKEN: SECRET } }),
      },
      { path: "~/.claude/remote-settings.json", text: "{}" },
      {
        path: "~/.claude.json",
        text: json({ numStartups: 3, oauthAccount: { emailAddress: EMAIL, organizationName: "Northwind" } }),
      },
      {
        path: "~/.claude/.credentials.json",
        text: json({ claudeAiOauth: { accessToken: `sk-ant-oat01-${SECRET}`, subscriptionType: "enterprise" } }),
      },
    ],
  },
  /** macOS, a personal account on a work laptop that the organization manages: the case people ask about. */
  "macos-personal": {
    os: "macos",
    env: {},
    files: [
      { path: "/Library/Application Support/ClaudeCode/managed-settings.json", text: json(orgTelemetry) },
      {
        path: "~/.claude.json",
        text: json({ oauthAccount: { emailAddress: EMAIL, organizationName: `${EMAIL}'s Organization` } }),
      },
    ],
  },
  /** Windows, a personal Max plan, nothing managed, telemetry switched on in the person's own settings. */
  "windows-personal": {
    os: "windows",
    env: { HTTPS_PROXY: `http://proxy-user:${SECRET}@proxy.example.com:8080` },
    files: [
      {
        path: "~/.claude/settings.json",
        text: json({ env: { CLAUDE_CODE_ENABLE_TELEMETRY: "1", OTEL_METRICS_EXPORTER: "console" } }),
      },
      { path: "~/.claude/.credentials.json", text: json({ claudeAiOauth: { subscriptionType: "max" } }) },
    ],
  },
  /** Linux, a Console API key in the environment and server-managed settings in the cache. */
  "linux-api-key": {
    os: "linux",
    env: { ANTHROPIC_API_KEY: `sk-ant-api03-${SECRET}`, DISABLE_TELEMETRY: "1" },
    files: [
      {
        path: "~/.claude/remote-settings.json",
        text: json({
          env: {
            CLAUDE_CODE_ENABLE_TELEMETRY: "1",
            OTEL_LOGS_EXPORTER: "otlp",
            OTEL_EXPORTER_OTLP_ENDPOINT: "https://otel.example.net",
            OTEL_LOG_RAW_API_BODIES: "1",
          },
        }),
      },
      {
        path: "/etc/claude-code/managed-settings.json",
        text: json({ env: { OTEL_LOG_TOOL_DETAILS: "1" }, model: "opus" }),
      },
    ],
  },
  /** Broken files: malformed JSON in the managed file, a folder where settings.json should be. */
  "linux-broken": {
    os: "linux",
    env: {},
    files: [
      { path: "/etc/claude-code/managed-settings.json", text: '{ "env": { "CLAUDE_CODE_ENABLE_TELEMETRY": "1", } }' },
      { path: "/etc/claude-code/managed-settings.d/20-ok.json", text: json({ cleanupPeriodDays: 0 }) },
      { path: "~/.claude/settings.json", folder: true },
      { path: "~/.claude.json", text: "{ not json" },
    ],
  },
} satisfies Record<string, Layout>;

export type LayoutName = keyof typeof layouts;

/** A fixture path as the documented path on its OS. */
export function documented(os: Os, path: string): string {
  if (!path.startsWith("~")) return path;
  return joinPath(os, HOME[os], ...path.slice(2).split("/"));
}

/** The parser's input for a layout, built as the command would build it, without touching a disk. */
export function layoutInput(name: LayoutName): ComputerInput {
  const layout: Layout = layouts[name];
  const paths = documentedPaths(layout.os, HOME[layout.os], layout.env);
  const file = (path: string): SourceInput["read"] => {
    const found = layout.files.find((candidate) => documented(layout.os, candidate.path) === path);
    if (!found) return { state: "missing" };
    return "folder" in found
      ? { state: "unreadable", reason: "it is a folder or a device, not a file" }
      : { state: "text", text: found.text };
  };
  const dropIns = layout.files
    .map((candidate) => documented(layout.os, candidate.path))
    .filter((path) => path.startsWith(paths.dropInFolder))
    .filter((path) => !/[\\/]\./.test(path.slice(paths.dropInFolder.length)) && path.endsWith(".json"))
    .sort();
  return {
    os: layout.os,
    via: "command",
    env: layout.env,
    sources: [
      { kind: "managed-file", path: paths.managedFile, read: file(paths.managedFile) },
      ...dropIns.map((path) => ({ kind: "managed-drop-in" as const, path, read: file(path) })),
      { kind: "server-managed-cache", path: paths.serverManagedCache, read: file(paths.serverManagedCache) },
      { kind: "user-settings", path: paths.userSettings, read: file(paths.userSettings) },
      { kind: "claude-json", path: paths.claudeJson, read: file(paths.claudeJson) },
      ...(paths.credentials
        ? [{ kind: "credentials" as const, path: paths.credentials, read: file(paths.credentials) }]
        : []),
    ],
  };
}
