/**
 * Reads Claude Code's files for the command: only the documented paths for this operating system and user,
 * read-only, each within a size limit. It opens files and lists folders; it writes nothing and imports no
 * network module. Everything it finds goes to the pure reader in lib/computer.
 */
import { lstat, opendir, readdir, readFile, stat } from "node:fs/promises";
import { join, sep } from "node:path";
import type { ComputerInput, Os, ReadState, SourceInput, TranscriptStats } from "@/lib/computer/input-schema";
import { documentedPaths, joinPath, knownVariables } from "@/lib/computer/paths";

/** Larger files are not read. Settings files are a few kilobytes; ~/.claude.json grows with history. */
export const limits = { settings: 1024 * 1024, claudeJson: 64 * 1024 * 1024 } as const;

/** How many folder entries the transcript count visits before it stops and says "at least". */
export const TRANSCRIPT_ENTRY_LIMIT = 200_000;

export type CollectOptions = {
  os: Os;
  home: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Reads system paths under this folder instead of the root: a copy of a computer's files, or a test. */
  root?: string;
  revealEmail?: boolean;
};

/** Where a documented system path is on this file system: itself, or under `root` when one is given. */
export function onDisk(path: string, root: string | undefined): string {
  if (!root) return path;
  const parts = path
    .replace(/^([A-Za-z]):/, "$1")
    .split(/[\\/]+/)
    .filter(Boolean);
  return join(root, ...parts);
}

/** A path in the home folder, with this system's separators (a Windows layout read on another system). */
function inHome(path: string): string {
  return sep === "/" ? path.replace(/\\/g, "/") : path;
}

export async function collect(options: CollectOptions): Promise<ComputerInput> {
  const { os, home, env, root } = options;
  const paths = documentedPaths(os, home, env);
  const system = (path: string) => onDisk(path, root);
  const sources: SourceInput[] = [];

  sources.push({
    kind: "managed-file",
    path: paths.managedFile,
    read: await readText(system(paths.managedFile), limits.settings),
  });
  sources.push(...(await readDropIns(os, paths.dropInFolder, system(paths.dropInFolder))));
  const user = async (kind: SourceInput["kind"], path: string, limit: number) =>
    sources.push({ kind, path, read: await readText(inHome(path), limit) });
  await user("server-managed-cache", paths.serverManagedCache, limits.settings);
  await user("user-settings", paths.userSettings, limits.settings);
  await user("claude-json", paths.claudeJson, limits.claudeJson);
  if (paths.credentials) await user("credentials", paths.credentials, limits.settings);

  // Only the variables the reader interprets are passed on; the rest of the environment stays here.
  const variables: Record<string, string> = {};
  for (const name of knownVariables) {
    const value = env[name];
    if (typeof value === "string") variables[name] = value;
  }
  return {
    os,
    via: "command",
    sources,
    env: variables,
    transcripts: { ...(await countTranscripts(inHome(paths.projects))), path: paths.projects },
    revealEmail: options.revealEmail ?? false,
  };
}

/** The text of a file, or why there is none. Never throws. */
export async function readText(path: string, limit: number): Promise<ReadState> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { state: "unreadable", reason: "it is a folder or a device, not a file" };
    if (info.size > limit) return { state: "too-large", bytes: info.size, limit };
    return { state: "text", text: await readFile(path, "utf8") };
  } catch (error) {
    return describeError(error);
  }
}

function describeError(error: unknown): ReadState {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return { state: "missing" };
  if (code === "EACCES" || code === "EPERM") return { state: "unreadable", reason: "permission denied" };
  return { state: "unreadable", reason: code ? `the system said ${code}` : "an unexpected error" };
}

/** The drop-in folder's .json files, in alphabetical order, hidden files skipped. */
async function readDropIns(os: Os, shown: string, folder: string): Promise<SourceInput[]> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith(".json") && !name.startsWith(".")).sort();
  } catch (error) {
    const read = describeError(error);
    return read.state === "missing" ? [] : [{ kind: "managed-drop-in", path: shown, read }];
  }
  const sources: SourceInput[] = [];
  for (const name of names) {
    sources.push({
      kind: "managed-drop-in",
      path: joinPath(os, shown, name),
      read: await readText(join(folder, name), limits.settings),
    });
  }
  return sources;
}

/**
 * Counts the transcripts (.jsonl files) under projects/, their size and age, without reading them. Walks
 * folders without following links, and stops after TRANSCRIPT_ENTRY_LIMIT entries.
 */
export async function countTranscripts(path: string, entryLimit = TRANSCRIPT_ENTRY_LIMIT): Promise<TranscriptStats> {
  let top: string[];
  try {
    top = (await readdir(path, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch (error) {
    const read = describeError(error);
    return read.state === "missing"
      ? { state: "missing", path }
      : { state: "unreadable", path, reason: read.state === "unreadable" ? read.reason : "it could not be listed" };
  }
  let files = 0;
  let bytes = 0;
  let oldest = Infinity;
  let newest = -Infinity;
  let visited = 0;
  let capped = false;
  const pending = top.map((name) => join(path, name));
  const transcripts: string[] = [];
  const measure = async () => {
    const batch = transcripts.splice(0, transcripts.length);
    const infos = await Promise.all(batch.map((file) => lstat(file).catch(() => undefined)));
    for (const info of infos) {
      if (!info?.isFile()) continue;
      files += 1;
      bytes += info.size;
      oldest = Math.min(oldest, info.mtimeMs);
      newest = Math.max(newest, info.mtimeMs);
    }
  };
  walk: while (pending.length > 0) {
    const folder = pending.pop()!;
    let dir;
    try {
      dir = await opendir(folder);
    } catch {
      continue; // A folder that cannot be listed is left out of the count.
    }
    for await (const entry of dir) {
      visited += 1;
      if (visited > entryLimit) {
        capped = true;
        break walk; // Leaving the loop closes the folder.
      }
      if (entry.isDirectory()) pending.push(join(folder, entry.name));
      else if (entry.isFile() && entry.name.endsWith(".jsonl")) transcripts.push(join(folder, entry.name));
      if (transcripts.length >= 256) await measure();
    }
  }
  await measure();
  return {
    state: "counted",
    path,
    projects: top.length,
    files,
    bytes,
    ...(files > 0 ? { oldest: new Date(oldest).toISOString(), newest: new Date(newest).toISOString() } : {}),
    capped,
  };
}
