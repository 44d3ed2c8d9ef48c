/** The site's own change-log feed: the validated log, the site's name and its public address. */
import { site } from "@/content/site";
import { latestClaimVerification } from "@/lib/site/latest-claim-verification";
import { absoluteUrl } from "@/lib/site/site-url";
import { describeChange } from "@/lib/changes/describe";
import { atomFeed } from "@/lib/changes/feed";
import { changeLog, changeLookups } from "./changes";

/** Written at build time into `changes/feed.xml`; absolute links follow SITE_URL and the profile. */
export function siteChangesFeed(): string {
  return atomFeed(
    changeLog.map((change) => describeChange(change, changeLookups)),
    {
      title: `What changed: ${site.name}`,
      subtitle:
        "Each dated change in what this site says: what changed on Anthropic's pages, which claims changed and which verdicts moved.",
      author: site.name,
      absolute: absoluteUrl,
      // Until the first entry, the feed is as new as the facts.
      emptyUpdated: latestClaimVerification(),
    },
  );
}
