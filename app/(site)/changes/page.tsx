import type { Metadata } from "next";
import { ChangeEntry } from "@/components/changes/change-entry";
import { withBasePath } from "@/lib/site/base-path";
import { changeLog, changeLookups } from "@/lib/content/changes";
import { describeChange } from "@/lib/changes/describe";
import { changesFeedPath } from "@/lib/changes/paths";

const feedHref = withBasePath(changesFeedPath);

export const metadata: Metadata = {
  title: "What changed",
  description:
    "Each dated change in what this site says: what changed on Anthropic's pages and when, which claims changed and which verdicts moved.",
  // Relative, with the base path: right wherever the site is hosted. The feed itself uses absolute links.
  alternates: { types: { "application/atom+xml": [{ url: feedHref, title: "What changed (Atom feed)" }] } },
};

export default function ChangesPage() {
  const entries = changeLog.map((change) => describeChange(change, changeLookups));
  return (
    // Entries are text with short tables of verdicts: the width of the old reading column suits them.
    <div className="max-w-5xl">
      <div className="prose-site">
        <h1 className="text-3xl font-bold sm:text-4xl">What changed</h1>
        <p className="text-lg">
          Anthropic updates its pages, and this site follows them. Each entry below is one change in what the site says:
          the day Anthropic&rsquo;s page changed, the day this site took it in, the claims that changed and the verdicts
          that moved. The newest comes first.
        </p>
        <p>
          Each entry has its own address, so you can link to it. To follow new entries in a feed reader, use the{" "}
          <a href={feedHref}>Atom feed of these changes</a>.
        </p>
      </div>
      {entries.length === 0 ? (
        <p className="mt-8">No change has been recorded yet.</p>
      ) : (
        entries.map((change) => <ChangeEntry key={change.id} change={change} />)
      )}
    </div>
  );
}
