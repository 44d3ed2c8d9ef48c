import { describe, expect, it } from "vitest";
import type { Answers } from "./answers";
import { describeFileAnswers, keepUnchangedFileAnswers } from "./from-files";
import { decodeAnswers, encodeAnswers } from "./url-state";

const fromFiles: Answers = {
  account: "enterprise",
  surfaces: ["claude-code-work-login"],
  settings: { "otel-monitoring": "yes", "otel-prompts": "yes" },
  fromFiles: ["account", "surfaces", "otel-monitoring", "otel-prompts"],
};

describe("the from-files parameter", () => {
  it("round-trips through the fragment, in a fixed order", () => {
    const fragment = encodeAnswers({
      ...fromFiles,
      fromFiles: ["otel-prompts", "account", "otel-monitoring", "surfaces"],
    });
    expect(fragment).toBe(
      "account=enterprise&surfaces=claude-code-work-login&otel-monitoring=yes&otel-prompts=yes&from-files=account,surfaces,otel-monitoring,otel-prompts",
    );
    expect(decodeAnswers(`#${fragment}`)).toEqual({ answers: fromFiles, notices: [] });
  });

  it("ignores an unknown name with a notice and keeps the rest", () => {
    const { answers, notices } = decodeAnswers("#otel-monitoring=yes&from-files=otel-monitoring,cmek");
    expect(answers.fromFiles).toEqual(["otel-monitoring"]);
    expect(notices).toEqual(["Ignored from-files=\u201ccmek\u201d: not an answer the files can give."]);
  });

  it("leaves links without it exactly as before", () => {
    const old = "account=team&surfaces=claude-apps,cowork&compliance-api=yes";
    const decoded = decodeAnswers(`#${old}`);
    expect(decoded.answers.fromFiles).toBeUndefined();
    expect(encodeAnswers(decoded.answers)).toBe(old);
  });
});

describe("keepUnchangedFileAnswers", () => {
  it("keeps the mark on answers the person leaves alone", () => {
    const next = { ...fromFiles, behaviours: ["incognito" as const] };
    expect(keepUnchangedFileAnswers(fromFiles, next).fromFiles).toEqual(fromFiles.fromFiles);
  });

  it("drops the mark from an answer the person changes", () => {
    const next = { ...fromFiles, settings: { ...fromFiles.settings, "otel-prompts": "no" as const } };
    expect(keepUnchangedFileAnswers(fromFiles, next).fromFiles).toEqual(["account", "surfaces", "otel-monitoring"]);
    const account = keepUnchangedFileAnswers(fromFiles, { ...fromFiles, account: "team" });
    expect(account.fromFiles).toEqual(["surfaces", "otel-monitoring", "otel-prompts"]);
  });

  it("drops the parameter once no marked answer is left", () => {
    const only: Answers = {
      settings: { "otel-monitoring": "yes" },
      fromFiles: ["otel-monitoring"],
    };
    const changed = keepUnchangedFileAnswers(only, { ...only, settings: { "otel-monitoring": "unknown" } });
    expect(changed).not.toHaveProperty("fromFiles");
  });
});

describe("describeFileAnswers", () => {
  it("names each marked answer in the questionnaire's words", () => {
    expect(describeFileAnswers(fromFiles)).toEqual([
      "Account: Enterprise plan",
      "Used: Claude Code, signed in with your work account",
      "Claude Code telemetry: yes",
      "Claude Code prompt logging: yes",
    ]);
  });

  it("names the cloud with a partner-cloud account, and skips marks without an answer", () => {
    expect(
      describeFileAnswers({
        account: "partner-cloud",
        partnerCloud: "bedrock",
        settings: {},
        fromFiles: ["account", "surfaces", "otel-monitoring"],
      }),
    ).toEqual(["Account: A partner cloud (Amazon Bedrock)"]);
  });
});
