/**
 * The snapshot folder on disk (content/sources/snapshots/): every stored copy of every cited page,
 * newest last per page. Only build scripts, tests and server components read it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { formatSnapshot, pageKeyOf, parseSnapshot, sha256, type Snapshot } from "./snapshot-file";

/** content/sources/snapshots/, from the project root. */
export const snapshotsDir = join(process.cwd(), "content", "sources", "snapshots");

/** A snapshot with the page folder it belongs to. */
export type StoredSnapshot = Snapshot & { page: string; file: string };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith(".md") ? [path] : [];
  });
}

/** Every snapshot, grouped by page folder and ordered oldest first; a malformed or altered file throws. */
export function readSnapshots(dir: string = snapshotsDir): Map<string, StoredSnapshot[]> {
  const byPage = new Map<string, StoredSnapshot[]>();
  if (!existsSync(dir)) return byPage;
  for (const path of filesUnder(dir)) {
    const file = relative(dir, path).split(sep).join("/");
    const page = dirname(file);
    const snapshot = parseSnapshot(readFileSync(path, "utf8"), file);
    if (`${page}/${snapshot.captured}.md` !== file)
      throw new Error(`${file}: a snapshot captured on ${snapshot.captured} must be named ${snapshot.captured}.md`);
    byPage.set(page, [...(byPage.get(page) ?? []), { ...snapshot, page, file }]);
  }
  for (const list of byPage.values()) list.sort((a, b) => a.captured.localeCompare(b.captured));
  return byPage;
}

/**
 * Stores a new snapshot of a page unless its newest stored text is the same. Older snapshots are kept:
 * they are the page's history.
 */
export function storeSnapshot(
  snapshot: Omit<Snapshot, "sha256"> & { page?: string },
  dir: string = snapshotsDir,
): { stored: boolean; path: string } {
  const page = snapshot.page ?? pageKeyOf(snapshot.url);
  const history = readSnapshots(dir).get(page) ?? [];
  const newest = history.at(-1);
  const path = join(dir, page, `${snapshot.captured}.md`);
  if (newest && newest.sha256 === sha256(snapshot.text) && newest.coverage === snapshot.coverage)
    return { stored: false, path: join(dir, newest.file) };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, formatSnapshot(snapshot));
  return { stored: true, path };
}
