import type { Metadata } from "next";
import Link from "next/link";
import { LazyCheckApp } from "@/components/check/lazy-check-app";
import { PrintExpander } from "@/components/check/print-expander";
import { PresetList } from "@/components/check/preset-list";
import { OrgPolicy } from "@/components/org/org-policy";
import { changeLog } from "@/lib/content/changes";
import { changesByAccount } from "@/lib/changes/related";
import { accountIds } from "@/lib/model/vocabulary";
import { currentOrg } from "@/lib/profile/current";

export const metadata: Metadata = {
  title: "Check: what can my employer see?",
  description:
    "Answer a few questions about your Claude account and settings and get a personal, cited report of who can see what. Nothing you answer leaves your browser.",
};

export default function CheckPage() {
  return (
    <div className="space-y-10">
      <div className="prose-site no-print">
        <h1 className="text-3xl font-bold sm:text-4xl">What can my employer see?</h1>
        <p className="text-lg">
          Answer a few questions and get a report of who can see what of your use of Claude: people in your
          organization, the tools they connect, and Anthropic. Every verdict gives its reason and its sources.
        </p>
        <p>
          Your answers stay in this page and in its address, after the &ldquo;#&rdquo;, which browsers never send to a
          server. Nothing is stored. <Link href="/privacy/">How this site handles privacy</Link>.
        </p>
        <p>
          For a printable summary to hand to new staff, see the <Link href="/onboarding/">one-pager</Link>. For answers
          to common questions, plan by plan, see <Link href="/questions/">questions people ask</Link>.
        </p>
      </div>
      <div className="no-print">
        <OrgPolicy />
      </div>
      <LazyCheckApp org={currentOrg()} changes={changesByAccount(changeLog, accountIds)} />
      <PrintExpander />
      <section aria-labelledby="presets-heading" className="no-print">
        <h2 id="presets-heading" className="text-2xl font-semibold">
          Ready-made reports
        </h2>
        <p className="mt-2">Common situations, answered in advance. Each is a page of its own that you can link to.</p>
        <PresetList />
      </section>
    </div>
  );
}
