import { parseArgs } from "node:util";
import type { Edition } from "./editions";

/** What `npm run bench -- …` was asked to do. */
export type BenchOptions = {
  /** Build both editions first (`npm run build:editions`); `--no-build` measures the exports as they are. */
  build: boolean;
  /** Lighthouse runs per page, medians reported; `--runs N`, 3 by default. */
  runs: number;
  /** `--pages a,b`: only pages matching one of these (see `matchesPageFilter`); every page when absent. */
  pages?: string[];
  /** `--edition general|org`: one edition only; both when absent. */
  edition?: Edition["id"];
};

export const usage =
  "npm run bench -- [--no-build] [--runs N] [--pages /,check,audit-logs] [--edition general|org] [--help]\n" +
  '  --pages: a page matches a path in full ("/", "/check/") or, for any other word, by part ("check").';

/** The options, or "help" for `--help` / `-h`; anything it does not know is refused with the usage line. */
export function parseOptions(args: readonly string[]): BenchOptions | "help" {
  const { values } = parseKnownArgs(args);
  if (values.help) return "help";
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of at least 1.\n${usage}`);
  if (values.edition !== undefined && values.edition !== "general" && values.edition !== "org")
    throw new Error(`--edition is "general" or "org".\n${usage}`);
  const pages = values.pages
    ?.split(",")
    .map((filter) => filter.trim())
    .filter(Boolean);
  return { build: !values["no-build"], runs, pages, edition: values.edition };
}

function parseKnownArgs(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        help: { type: "boolean", short: "h", default: false },
        "no-build": { type: "boolean", default: false },
        runs: { type: "string", default: "3" },
        pages: { type: "string" },
        edition: { type: "string" },
      },
      strict: true,
    });
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}

/**
 * Whether a page is among those asked for. A filter written as a path ("/", "/check/") names that page
 * alone, so "/" is the home page and not every page; anything else matches part of the path.
 */
export function matchesPageFilter(path: string, filters: readonly string[] | undefined): boolean {
  if (!filters || filters.length === 0) return true;
  return filters.some((filter) =>
    filter.startsWith("/") && filter.endsWith("/") ? path === filter : path.includes(filter),
  );
}
