import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintExpander } from "@/components/check/print-expander";
import { PrintStamp } from "@/components/check/print-stamp";
import { ReportView } from "@/components/check/report-view";
import { changeLog } from "@/lib/content/changes";
import { changesForAccount } from "@/lib/changes/related";
import { presetCheckLink } from "@/lib/check/check-links";
import { presetById, presets } from "@/lib/content/presets";
import { currentOrg } from "@/lib/profile/current";
import { evaluate } from "@/lib/engine/evaluate";

export const dynamicParams = false;

export function generateStaticParams() {
  return presets.map((preset) => ({ preset: preset.id }));
}

type Props = { params: Promise<{ preset: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const preset = presetById((await params).preset);
  return preset ? { title: `Report: ${preset.title}`, description: preset.description } : {};
}

export default async function PresetReportPage({ params }: Props) {
  const preset = presetById((await params).preset);
  if (!preset) notFound();
  return (
    <div>
      <p className="no-print text-sm">
        <Link href="/check/">The check</Link> › Ready-made report
      </p>
      <h1 className="mt-2 text-3xl font-bold sm:text-4xl">{preset.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{preset.description}</p>
      <PrintStamp />
      <p className="no-print mt-3">
        <Link href={presetCheckLink(preset)}>Adjust these answers in the check</Link> (needs JavaScript).
      </p>
      <div className="mt-8">
        <ReportView
          report={evaluate(preset.situation)}
          contact={currentOrg()?.contact}
          changes={changesForAccount(changeLog, preset.situation.account)}
        />
      </div>
      <PrintExpander />
    </div>
  );
}
