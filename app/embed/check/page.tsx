import type { Metadata } from "next";
import Link from "next/link";
import { LazyCheckApp } from "@/components/check/lazy-check-app";
import { PrintExpander } from "@/components/check/print-expander";
import { changeLog } from "@/lib/content/changes";
import { changesByAccount } from "@/lib/changes/related";
import { accountIds } from "@/lib/model/vocabulary";
import { currentOrg } from "@/lib/profile/current";

export const metadata: Metadata = {
  title: "Check: what can my employer see? (embedded)",
  description: "The check, without the site around it, for an intranet page.",
};

export default function EmbeddedCheckPage() {
  return (
    <div className="space-y-8">
      <div className="prose-site no-print">
        <h1 className="text-2xl font-bold sm:text-3xl">What can my employer see?</h1>
        <p>
          Answer a few questions for a cited report of who can see your use of Claude. Your answers stay in this frame
          and are never sent anywhere. <Link href="/privacy/">How this guide handles privacy</Link>.
        </p>
      </div>
      <LazyCheckApp org={currentOrg()} changes={changesByAccount(changeLog, accountIds)} />
      <PrintExpander />
    </div>
  );
}
