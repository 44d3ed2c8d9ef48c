import Link from "next/link";
import { LayerCards } from "@/components/layers/page/layer-cards";
import { HomeMap } from "@/components/map/home-map";
import { OrgPolicy } from "@/components/org/org-policy";
import { site } from "@/content/site";
import { currentOrg } from "@/lib/profile/current";

export default function HomePage() {
  return (
    <div>
      <div className="grid gap-x-12 lg:grid-cols-[minmax(0,40rem)_minmax(0,1fr)] lg:items-start">
        <div className="prose-site">
          <h1 className="text-3xl font-bold sm:text-4xl">{site.name}</h1>
          <p className="text-lg">
            When you use Claude at work, several different people and systems may be able to see parts of what you do:
            your organization&rsquo;s administrators, the security tools they connect, and Anthropic itself. Each sees
            through its own window, and each window shows a different amount for a different length of time.
          </p>
          <p>
            This guide calls those windows <strong>visibility layers</strong>. Some show only numbers, such as how many
            messages you sent. Some show what you did and when, without the words. Some show everything you wrote. Which
            ones are open depends on your plan, on settings your organization chose, and on how you use Claude.
          </p>
          <OrgPolicy />
        </div>
        <div className="prose-site lg:mt-16 lg:rounded-lg lg:border lg:border-line lg:px-6 lg:py-2">
          <p>
            <Link
              href="/check/"
              className="inline-block rounded bg-accent px-5 py-3 text-lg font-semibold text-accent-fg no-underline"
            >
              Check what your employer can see
            </Link>
          </p>
          <p>
            The check asks a few questions about your account and your organization&rsquo;s settings and gives you a
            personal report, in about a minute. Your answers never leave your browser.
          </p>
          <p>
            Have a particular question, such as whether incognito hides a chat from your admin? See{" "}
            <Link href="/questions/">questions people ask</Link>, each answered for your plan.
          </p>
          <p>
            Welcoming new staff? The <Link href="/onboarding/">one-pager</Link> sums up what an organization can see,
            whom to ask and what people can do, ready to print or save as a PDF.
          </p>
          <p>
            Every statement here rests on Anthropic&rsquo;s own published pages, quoted and dated on the{" "}
            <Link href="/sources/">Sources and method</Link> page. Where those pages disagree, the guide says so.
          </p>
        </div>
      </div>

      <HomeMap org={currentOrg()} />

      <h2 id="layers" className="mt-10 scroll-mt-6 text-2xl font-semibold">
        The six layers at a glance
      </h2>
      <LayerCards sources="linked" />
    </div>
  );
}
