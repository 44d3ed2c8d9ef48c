/**
 * The reader: from the contents of Claude Code's files and the environment to findings, each citing the
 * model's claims, plus the answers they give to the check's questions. Pure: no file system, no network,
 * the same result for the same input, in the browser, in the terminal command and in tests.
 */
import type { FileAnswerKey } from "@/lib/check/from-files";
import type { AccountId, PartnerCloudId, SurfaceId } from "@/lib/model/vocabulary";
import { topics, type Finding, sourceLabels } from "./finding";
import { computerInputSchema, type ComputerInput, type SourceInput } from "./input-schema";
import { buildLayers, megabytes, readSettingsSource, type ReadSettings } from "./layers";
import { readLimits, readManaged, readRouting } from "./managed";
import { readSignIn } from "./sign-in";
import { parseStatusText, type StatusText } from "./status-text";
import { readTelemetry } from "./telemetry";
import { readTranscripts } from "./transcripts";
import { knownVariables } from "./variables";

/** What became of one file. */
export type FileReport = {
  kind: SourceInput["kind"];
  path: string;
  label: string;
  outcome: "read" | "missing" | "problem";
  /** Plain words: what was read, or what was wrong. */
  message: string;
  /** Top-level keys this reader does not interpret, by name only. */
  otherKeys: string[];
  /** Environment variables in the file's env block that this reader does not interpret, by name only. */
  otherVariables: string[];
};

/** The check's questions the files answer. Only firm answers: a setting the files do not show stays open. */
export type PrefilledAnswers = {
  account?: AccountId;
  partnerCloud?: PartnerCloudId;
  surfaces: SurfaceId[];
  settings: { "otel-monitoring"?: "yes"; "otel-prompts"?: "yes" };
  fromFiles: FileAnswerKey[];
};

export type ComputerReport = {
  via: ComputerInput["via"];
  findings: Finding[];
  files: FileReport[];
  answers: PrefilledAnswers;
};

const knownVariableSet = new Set(knownVariables);

/** Reads everything given. Never throws for anything in a file; only a malformed input object is an error. */
export function readComputer(rawInput: ComputerInput): ComputerReport {
  const parsed = computerInputSchema.safeParse(rawInput);
  if (!parsed.success)
    throw new TypeError(`readComputer: the input does not match its schema: ${parsed.error.message}`);
  const input = parsed.data;
  const layers = buildLayers(input);

  const statusSource = input.sources.find((source) => source.kind === "status");
  const statusText: StatusText | undefined =
    statusSource?.read.state === "text" ? parseStatusText(statusSource.read.text) : undefined;
  const status = statusText && statusSource ? { text: statusText, path: statusSource.path } : undefined;

  const broken = [layers.serverManaged, layers.managedFile, layers.user, ...layers.dropIns].filter(
    (read): read is Extract<ReadSettings, { outcome: "problem" }> => read?.outcome === "problem",
  );
  const signIn = readSignIn(input, layers, status);
  const telemetry = readTelemetry(layers, signIn.identity, signIn.partnerCloud, {
    reveal: input.revealEmail ?? false,
    unreadable: broken.map((read) => read.source.path),
  });
  const findings = [
    ...telemetry.findings,
    ...signIn.findings,
    ...readTranscripts(input, layers),
    ...readManaged(input, layers, statusText),
    ...readRouting(layers),
    ...broken.map(problemFinding),
    ...readLimits(input, statusText),
  ];
  const order = topics.map((topic) => topic.id);
  findings.sort((a, b) => order.indexOf(a.topic) - order.indexOf(b.topic));

  const settings: PrefilledAnswers["settings"] = {};
  if (telemetry.organizationCollects) settings["otel-monitoring"] = "yes";
  if (telemetry.recordsPrompts) settings["otel-prompts"] = "yes";
  const fromFiles: FileAnswerKey[] = [];
  if (signIn.answers.account) fromFiles.push("account");
  if (signIn.answers.surfaces.length > 0) fromFiles.push("surfaces");
  if (settings["otel-monitoring"]) fromFiles.push("otel-monitoring");
  if (settings["otel-prompts"]) fromFiles.push("otel-prompts");

  return {
    via: input.via,
    findings,
    files: input.sources.map((source) => fileReport(source, layers, statusText, signIn.fileProblems)),
    answers: { ...signIn.answers, settings, fromFiles },
  };
}

/** A settings file that could not be used, and what that means for what this reader can say. */
function problemFinding(read: Extract<ReadSettings, { outcome: "problem" }>, index: number): Finding {
  const { source } = read;
  const managed = source.kind === "managed-file" || source.kind === "managed-drop-in";
  const malformed = source.read.state === "text";
  const consequence = !malformed
    ? "Settings in it, telemetry included, would not show here."
    : managed
      ? "Claude Code itself takes no settings from a managed file that is not valid JSON, and reads the other sources as usual."
      : source.kind === "user-settings"
        ? "Claude Code rejects the whole file and reports it, so none of its settings apply until it is fixed."
        : "Settings in it would not show here.";
  return {
    id: `file-problem-${index + 1}`,
    topic: "limits",
    tone: "cannot-tell",
    title: `${sourceLabels[source.kind]} could not be used.`,
    detail: `${source.path}: ${read.problem} ${consequence}`,
    from: [source.path],
    claims:
      malformed && (managed || source.kind === "user-settings")
        ? ["settings-invalid-files"]
        : managed
          ? ["managed-settings-file-locations"]
          : ["claude-code-config-dir"],
    basis: "documented",
  };
}

function fileReport(
  source: SourceInput,
  layers: ReturnType<typeof buildLayers>,
  status: StatusText | undefined,
  signInProblems: Map<SourceInput, string>,
): FileReport {
  const base = {
    kind: source.kind,
    path: source.path,
    label: sourceLabels[source.kind],
    otherKeys: [],
    otherVariables: [],
  };
  switch (source.read.state) {
    case "missing":
      return { ...base, outcome: "missing", message: "Not on this computer." };
    case "unreadable":
      return { ...base, outcome: "problem", message: `Could not be read: ${source.read.reason}.` };
    case "too-large":
      return {
        ...base,
        outcome: "problem",
        message: `Not read: it is ${megabytes(source.read.bytes)}, more than the ${megabytes(source.read.limit)} this reader accepts for this kind of file.`,
      };
    case "text":
      break;
    default: {
      const unhandled: never = source.read;
      return unhandled;
    }
  }
  switch (source.kind) {
    case "managed-file":
    case "managed-drop-in":
    case "server-managed-cache":
    case "user-settings": {
      const read = settingsFor(source, layers);
      if (read.outcome !== "read") {
        return { ...base, outcome: "problem", message: read.outcome === "problem" ? read.problem : "Not read." };
      }
      const otherVariables = Object.keys(read.data.env).filter((name) => !knownVariableSet.has(name));
      const notText = read.data.envNotText;
      return {
        ...base,
        outcome: "read",
        message: `Read.${notText.length > 0 ? ` In its env block, ${notText.join(", ")} ${notText.length === 1 ? "is" : "are"} not text; Claude Code may skip ${notText.length === 1 ? "it" : "them"} or more when it checks the file, and this reader leaves ${notText.length === 1 ? "it" : "them"} out.` : ""}`,
        otherKeys: read.data.otherKeys,
        otherVariables,
      };
    }
    case "status":
      return status
        ? { ...base, outcome: "read", message: "Read." }
        : {
            ...base,
            outcome: "problem",
            message:
              "This does not look like the text of /status: none of its rows (Login method, Setting sources, API key) is there.",
          };
    case "claude-json":
    case "credentials": {
      const problem = signInProblems.get(source);
      return problem
        ? { ...base, outcome: "problem", message: problem }
        : {
            ...base,
            outcome: "read",
            message:
              source.kind === "credentials"
                ? "Read for the plan name only; nothing else from it is kept or shown."
                : "Read for the saved sign-in only.",
          };
    }
    default: {
      const unhandled: never = source.kind;
      return unhandled;
    }
  }
}

/** The same reading of a settings file the layers made (drop-ins are read there too). */
function settingsFor(source: SourceInput, layers: ReturnType<typeof buildLayers>): ReadSettings {
  const known = [layers.serverManaged, layers.managedFile, layers.user, ...layers.dropIns].find(
    (read) => read?.source === source,
  );
  return known ?? readSettingsSource(source);
}
