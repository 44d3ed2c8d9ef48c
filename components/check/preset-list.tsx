import Link from "next/link";
import { presetPath } from "@/lib/check/check-links";
import { presets } from "@/lib/content/presets";

/** Links to the ready-made reports. */
export function PresetList() {
  return (
    <ul className="mt-4 grid gap-4 sm:grid-cols-2">
      {presets.map((preset) => (
        <li key={preset.id} className="rounded-lg border border-line p-4">
          <Link href={presetPath(preset.id)} className="font-semibold">
            {preset.title}
          </Link>
          <p className="mt-1 text-sm text-muted">{preset.description}</p>
        </li>
      ))}
    </ul>
  );
}
