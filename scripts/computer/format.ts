/**
 * The command's plain-text report: the findings by question, each with its numbered sources, the files
 * read, and the link to the check. Pure, so tests can read exactly what a person sees.
 */
import type { CitedClaim } from "@/lib/computer/citations";
import { toneLabels, topics } from "@/lib/computer/finding";
import type { ComputerReport } from "@/lib/computer/read";
import { claimPath } from "@/lib/site/claim-path";

export type TextOptions = { site: string; siteIsDefault: boolean; checkUrl: string; osLabel: string };

/** Wraps text to a width, indenting every line, continuation lines by `hanging` when given. */
export function wrap(text: string, indent: string, width = 100, hanging = indent): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, index) => `${index === 0 ? indent : hanging}${l}`).join("\n");
}

export function formatText(report: ComputerReport, claims: readonly CitedClaim[], options: TextOptions): string {
  const number = new Map(claims.map((claim, index) => [claim.id, index + 1]));
  const out: string[] = [];
  out.push("What does this computer send?");
  out.push(
    wrap(
      `Claude Code's files on this computer (${options.osLabel}), read just now. Nothing was sent anywhere or written, and secrets are never shown.`,
      "",
    ),
  );
  for (const topic of topics) {
    const findings = report.findings.filter((finding) => finding.topic === topic.id);
    if (findings.length === 0) continue;
    out.push("", topic.title);
    for (const finding of findings) {
      out.push(wrap(`${toneLabels[finding.tone]}: ${finding.title}`, "  ", 100, "    "));
      out.push(wrap(finding.detail, "    "));
      if (finding.from.length > 0) out.push(wrap(`Read from: ${finding.from.join(", ")}`, "    "));
      out.push(wrap(`Sources: ${finding.claims.map((id) => `[${number.get(id)}]`).join(" ")}`, "    "));
    }
  }

  out.push("", "Files read");
  for (const file of report.files) {
    out.push(wrap(`${file.path}: ${file.message}`, "  "));
    if (file.otherKeys.length > 0) out.push(wrap(`Other keys, not read here: ${file.otherKeys.join(", ")}`, "    "));
    if (file.otherVariables.length > 0) {
      out.push(wrap(`Other variables in its env block, not read here: ${file.otherVariables.join(", ")}`, "    "));
    }
  }

  out.push("", "Open the check with these answers");
  out.push(`  ${options.checkUrl}`);
  if (options.siteIsDefault) {
    out.push(
      wrap(
        `That address is the site as \`npm start\` serves it. Give --site URL, or set SITE_URL, for your organization's copy.`,
        "  ",
      ),
    );
  }

  out.push("", "Sources");
  for (const claim of claims) {
    out.push(wrap(`[${number.get(claim.id)}] ${claim.statement}`, "  ", 100, "      "));
    for (const source of claim.sources)
      out.push(wrap(`${source.publisher}, "${source.title}": ${source.url}`, "      "));
    out.push(`      ${options.site}${claimPath(claim.id)}`);
  }
  return `${out.join("\n")}\n`;
}
