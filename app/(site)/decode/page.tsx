import type { Metadata } from "next";
import Link from "next/link";
import { ClaimLinks } from "@/components/claims/claim-links";
import { DecodeApp } from "@/components/decode/decode-app";
import type { Sample } from "@/components/decode/sample-list";
import { PrintExpander } from "@/components/check/print-expander";
import { accessClaimPaths, decodeCatalogue } from "@/lib/decode/catalogue";
import { auditColumns } from "@/lib/decode/vocabulary";
import { withBasePath } from "@/lib/site/base-path";

export const metadata: Metadata = {
  title: "Decode your organization's logs",
  description:
    "Read an audit-log export or Activity Feed file in your browser and see what it records about each person. Nothing is uploaded.",
};

const samples: readonly Sample[] = [
  { file: "audit-log-example.csv", label: "audit log (CSV)" },
  { file: "activity-feed-example.json", label: "Activity Feed (JSON)" },
  { file: "activity-feed-example.jsonl", label: "Activity Feed (JSON Lines)" },
  { file: "audit-log-malformed-example.csv", label: "a damaged audit log" },
];

export default function DecodePage() {
  return (
    <div className="space-y-10">
      <div className="prose-site">
        <h1 className="text-3xl font-bold sm:text-4xl">Decode your organization&rsquo;s logs</h1>
        <p className="text-lg">
          Give this page an audit-log export or an Activity Feed file, and it shows in plain words what the file records
          about each person. The file is read here, in your browser, and never uploaded.
        </p>
      </div>
      <DecodeApp catalogue={decodeCatalogue()} accessClaims={accessClaimPaths()} samples={samples} />
      {/* Below the tool, links are not prefetched: the page makes no request while it reads a file. */}
      <div className="prose-site">
        <section aria-labelledby="decode-privacy-heading" className="rounded-lg border-2 border-accent p-4">
          <h2 id="decode-privacy-heading" className="mt-0! text-xl! font-semibold">
            Your file stays on your computer
          </h2>
          <p>
            The file is read by this page, in your browser. It is not uploaded, sent or stored anywhere: the page makes
            no request while it reads, and saves nothing in the browser. Close the tab and it is gone. The site&rsquo;s
            test suite checks this on every build.{" "}
            <Link href="/privacy/" prefetch={false}>
              How this site handles privacy
            </Link>
            .
          </p>
        </section>
        <h2>What it reads</h2>
        <ul>
          <li>
            <strong>An audit-log export</strong>, the CSV file Owners and Primary Owners of an Enterprise organization
            download, with its nine columns:{" "}
            {auditColumns.map((column, index) => (
              <span key={column}>
                {index > 0 && ", "}
                <code>{column}</code>
              </span>
            ))}
            .<ClaimLinks ids={["audit-logs-roles", "audit-log-columns"]} />
          </li>
          <li>
            <strong>Activity Feed records</strong> from the Compliance API: one or more responses as returned (
            <code>{`{"data": [...], "has_more", "first_id", "last_id"}`}</code>), or JSON Lines with one activity per
            line.
            <ClaimLinks ids={["activity-feed", "activity-feed-envelope", "activity-record-shape"]} />
          </li>
        </ul>
        <p>
          The page tells you which of these it found. Rows that do not fit are counted and listed with the reason, and
          the rest are still shown. Event types this site has no description for are kept and marked &ldquo;not in our
          catalogue&rdquo;: the Activity Feed has more than 460 types, and this site describes only those Anthropic
          documents.
          <ClaimLinks ids={["activity-type-examples"]} />
        </p>

        <h2>What it shows</h2>
        <ul>
          <li>A timeline, and a count of each kind of event with what it means.</li>
          <li>A view per person: everything the file records about one actor.</li>
          <li>
            Renamed chat titles, which are text a person typed: the audit log leaves titles out, except the new name of
            a renamed chat.
            <ClaimLinks ids={["audit-log-titles"]} />
          </li>
          <li>
            Deletions, data exports started and whether Anthropic started them, and sign-ins from new IP addresses or
            devices.
            <ClaimLinks ids={["audit-events-exports"]} />
          </li>
          <li>
            Anthropic&rsquo;s own access: <code>anthropic_access</code> and <code>cmek_preserve</code> events by reason
            code and department, how long each took to reach the feed (Anthropic says within two business days), and
            preservations with no earlier access event, which automated preservation can explain.
            <ClaimLinks ids={["at-events", "at-reason-codes", "at-delivery", "cmek-preserve"]} />
          </li>
          <li>A summary to download as JSON or CSV, or to print.</li>
        </ul>
        <p>
          It needs JavaScript. Without it, this page can only describe the tool. The example files below are made up:
          the people, addresses and events are fictional.
        </p>
        <ul>
          {samples.map((sample) => (
            <li key={sample.file}>
              <a href={withBasePath(`/samples/${sample.file}`)} download>
                {sample.file}
              </a>{" "}
              (example: {sample.label})
            </li>
          ))}
        </ul>
      </div>
      <PrintExpander />
    </div>
  );
}
