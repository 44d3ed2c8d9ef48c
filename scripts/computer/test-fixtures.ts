/** Writes the made-up computers of `lib/computer/test-fixtures.ts` to disk, for the command's tests. */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { layouts, type Layout, type LayoutName } from "@/lib/computer/test-fixtures";
import { onDisk } from "./collect";

/**
 * Writes a layout under `dir`: system paths under `dir/root`, the home folder at `dir/home`. Returns the
 * two, for the command's --root and --home.
 */
export async function writeLayout(name: LayoutName, dir: string): Promise<{ root: string; home: string }> {
  const layout: Layout = layouts[name];
  const root = join(dir, "root");
  const home = join(dir, "home");
  await mkdir(root, { recursive: true });
  await mkdir(home, { recursive: true });
  for (const file of layout.files) {
    const target = file.path.startsWith("~") ? join(home, ...file.path.slice(2).split("/")) : onDisk(file.path, root);
    if ("folder" in file) await mkdir(target, { recursive: true });
    else {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.text);
    }
  }
  return { root, home };
}
