/**
 * `npm run computer` (in a clone) or `what-does-this-computer-send` (the package's bin): reads Claude Code's
 * files on this computer and says, in plain words and with sources, whether it sends telemetry and what is
 * in it, which account it is signed in with, and how long transcripts stay; then prints a link to the
 * check with those answers. Read-only; no network module is imported anywhere in its module graph.
 */
import { parseArgs } from "node:util";
import { claims } from "@/content/model/claims";
import { sources } from "@/content/model/sources";
import { checkUrl } from "@/lib/computer/check-link";
import { citedClaims } from "@/lib/computer/citations";
import type { Os } from "@/lib/computer/input-schema";
import { readComputer } from "@/lib/computer/read";
import { claimPath } from "@/lib/site/claim-path";
import { collect } from "./collect";
import { formatText } from "./format";

/** The site the link points at when neither --site nor SITE_URL says: the address `npm start` serves. */
export const DEFAULT_SITE = "http://localhost:3000";

const usage = `Usage: what-does-this-computer-send [options]

Reads Claude Code's settings, sign-in and transcript folder on this computer, read-only, and says where
your work goes. Nothing is sent anywhere and nothing is written.

Options:
  --json             Print the findings as JSON, for scripts.
  --site URL         The site to link to (default: SITE_URL, else ${DEFAULT_SITE}).
  --show-email       Show e-mail addresses in full (they are masked by default).
  --home DIR         Read this home folder instead of yours.
  --root DIR         Read the system folders under DIR (a copy of a computer's files).
  --platform NAME    Read the layout of macos, linux or windows instead of this computer's.
  --help             Show this help.
`;

export type Io = {
  argv: string[];
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  home: string;
  out: (text: string) => void;
  err: (text: string) => void;
};

/** Runs the command; returns its exit code. */
export async function run(io: Io): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: io.argv,
      options: {
        json: { type: "boolean", default: false },
        site: { type: "string" },
        "show-email": { type: "boolean", default: false },
        home: { type: "string" },
        root: { type: "string" },
        platform: { type: "string" },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    io.out(usage);
    return 0;
  }
  const os = values.platform ?? osOf(io.platform);
  if (os !== "macos" && os !== "linux" && os !== "windows") {
    io.err(
      values.platform
        ? `--platform must be macos, linux or windows, not "${values.platform}".\n`
        : `Claude Code documents where its files are on macOS, Linux and Windows; this computer runs ${io.platform}. Use --platform to choose one of those layouts.\n`,
    );
    return 2;
  }
  const siteOption = values.site ?? io.env.SITE_URL;
  const site = (siteOption || DEFAULT_SITE).replace(/\/+$/, "");
  if (!/^https?:\/\/[^\s/]+/.test(site)) {
    io.err(`The site address must start with http:// or https://, not "${site}".\n`);
    return 2;
  }

  const input = await collect({
    os,
    home: values.home ?? io.home,
    env: io.env,
    root: values.root,
    revealEmail: values["show-email"],
  });
  const report = readComputer(input);
  const cited = citedClaims(report.findings, claims, sources);
  const link = checkUrl(site, report.answers);
  if (values.json) {
    io.out(
      `${JSON.stringify({ version: 1, os, findings: report.findings, files: report.files, answers: report.answers, check: link, claims: cited.map((claim) => ({ ...claim, url: `${site}${claimPath(claim.id)}` })) }, null, 2)}\n`,
    );
  } else {
    io.out(
      formatText(report, cited, {
        site,
        siteIsDefault: !siteOption,
        checkUrl: link,
        osLabel: os === "macos" ? "macOS" : os === "linux" ? "Linux" : "Windows",
      }),
    );
  }
  return 0;
}

function osOf(platform: NodeJS.Platform): Os | NodeJS.Platform {
  return platform === "darwin" ? "macos" : platform === "win32" ? "windows" : platform === "linux" ? "linux" : platform;
}
