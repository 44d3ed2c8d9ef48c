/**
 * The reader's promises over arbitrary input: any JSON in any file never crashes it, every finding cites
 * at least one claim the model has, and no value from a file is ever echoed unless it is a host name or
 * the name of a telemetry attribute.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimById } from "@/lib/model/lookups";
import { readerClaimIds } from "./claim-ids";
import { sourceKinds, type ComputerInput } from "./input-schema";
import { readComputer } from "./read";
import { knownVariables } from "./variables";

/** Every string value an arbitrary produces carries this mark, so an echo is easy to find. */
const MARK = "ZZSECRETZZ";
// Tails without "=" or ",": a marked string is a value, never a "name=value" pair with a name to list.
const marked = fc.stringMatching(/^[a-z0-9 ]{0,12}$/).map((tail) => `${MARK}${tail}`);
const interesting = fc.constantFrom(
  "1",
  "0",
  "",
  "otlp",
  "console,otlp",
  "none",
  "https://collector.example.com",
  "file:/tmp/x",
);

/** Values as Claude Code's files hold them, and odd ones: numbers, lists, nested objects. */
const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    marked,
    interesting,
    fc.integer({ min: -5, max: 400 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie("value"), { maxKeys: 3 }),
  ),
})).value;

const envBlock = fc.dictionary(
  fc.constantFrom(...knownVariables, "OTHER_VARIABLE"),
  fc.oneof(marked, interesting, value),
  {
    maxKeys: 8,
  },
);
const settingsObject = fc.record(
  {
    env: fc.oneof(envBlock, value),
    cleanupPeriodDays: value,
    apiKeyHelper: value,
    otelHeadersHelper: value,
    permissions: value,
    oauthAccount: value,
    claudeAiOauth: value,
  },
  { requiredKeys: [] },
);
const fileText = fc.oneof(
  settingsObject.map((object) => JSON.stringify(object)),
  fc.json(),
  fc.string({ maxLength: 40 }),
  marked.map((text) => `Login method: ${text}\nSetting sources: Enterprise managed settings (${text})`),
);
const input: fc.Arbitrary<ComputerInput> = fc.record({
  via: fc.constantFrom("command" as const, "page" as const),
  os: fc.constantFrom("macos" as const, "linux" as const, "windows" as const),
  sources: fc.array(
    fc.record({
      kind: fc.constantFrom(...sourceKinds),
      path: fc.constantFrom("a.json", "managed-settings.d/10.json", "/status"),
      read: fc.oneof(
        fileText.map((text) => ({ state: "text" as const, text })),
        fc.constant({ state: "missing" as const }),
        fc.constant({ state: "unreadable" as const, reason: "permission denied" }),
      ),
    }),
    { maxLength: 6 },
  ),
  env: fc.option(
    envBlock.map((env) =>
      Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === "string")),
    ),
    { nil: undefined },
  ),
});

describe("readComputer over arbitrary files", () => {
  it("never throws, and every finding cites at least one claim the model has", () => {
    fc.assert(
      fc.property(input, (given) => {
        const report = readComputer(given);
        for (const finding of report.findings) {
          expect(finding.claims.length).toBeGreaterThan(0);
          for (const id of finding.claims) {
            claimById(id);
            expect(readerClaimIds as readonly string[]).toContain(id);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("never repeats a value from a file, except a host name or an attribute name", () => {
    fc.assert(
      fc.property(input, (given) => {
        const report = readComputer(given);
        const printed = JSON.stringify({ findings: report.findings, answers: report.answers });
        // A /status value is shown in a short excerpt, as the person's own screen showed it; nothing else is.
        const fromStatus = given.sources.some((source) => source.kind === "status");
        if (!fromStatus) expect(printed).not.toContain(MARK);
      }),
      { numRuns: 1500 },
    );
  });
});
