import { ClaimLinks } from "@/components/claims/claim-links";
import { ExampleLabel } from "@/components/mdx/explainer-boxes";
import { Table, TableCell, TableHead, TableHeader } from "@/components/ui/table";
import { Switcher } from "./switcher";

type Metric = { name: string; value: string; meaning: string; spend: boolean; claims: string[] };

/** A made-up per-person analytics row; every metric is a documented one. */
const metrics: Metric[] = [
  {
    name: "Person",
    value: "sam@example.com",
    meaning: "Figures are kept per person, by account.",
    spend: false,
    claims: ["analytics-api"],
  },
  {
    name: "Day",
    value: "2026-03-04",
    meaning: "Figures are per day, from 1 January 2026 on.",
    spend: false,
    claims: ["analytics-api"],
  },
  {
    name: "Conversations",
    value: "7",
    meaning: "How many chats the person had that day.",
    spend: false,
    claims: ["analytics-api"],
  },
  {
    name: "Messages sent",
    value: "41",
    meaning: "How many messages the person sent that day.",
    spend: false,
    claims: ["analytics-api"],
  },
  {
    name: "Claude Code sessions",
    value: "3",
    meaning: "How many Claude Code sessions the person ran.",
    spend: false,
    claims: ["claude-code-dashboard"],
  },
  {
    name: "Lines of code accepted",
    value: "212",
    meaning: "Lines Claude Code suggested that the person accepted; also an accept rate and a leaderboard.",
    spend: false,
    claims: ["claude-code-dashboard"],
  },
  {
    name: "Tokens and estimated spend, by product and model",
    value: "1.2 million tokens; $4.10",
    meaning:
      "In the spend report: per person, product and model, updated daily, for up to the past 90 days; the dashboard also names the top spenders.",
    spend: true,
    claims: ["usage-analytics-spend"],
  },
];

function RowFor({ showSpend }: { showSpend: boolean }) {
  return (
    <Table>
      <caption className="sr-only">Example analytics row</caption>
      <TableHeader columns={["Metric", "Example value", "What it means"]} />
      <tbody>
        {metrics.map((metric) => (
          <tr key={metric.name}>
            <TableHead scope="row" className="font-semibold">
              {metric.name}
            </TableHead>
            <TableCell className="font-mono">
              {metric.spend && !showSpend ? "Not shown to this role" : metric.value}
            </TableCell>
            <TableCell>
              {metric.meaning}
              <ClaimLinks ids={metric.claims} />
            </TableCell>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The example row as each role sees it. */
export function AnalyticsRow() {
  const roles = [
    {
      id: "member",
      label: "You, as a member",
      body: (
        <p>
          When Member analytics is on, as it is by default since 11 July 2026, you see your own usage by product, model
          and skill in Settings &gt; Usage, and where you stand against any spend limit. Owners can switch this view
          off.
          <ClaimLinks ids={["member-usage-view"]} />
        </p>
      ),
    },
    {
      id: "admin",
      label: "Admin",
      body: (
        <>
          <p>
            On Enterprise, Admins see every analytic except spend; on Team, Admins do not see usage analytics.
            <ClaimLinks ids={["usage-analytics-roles"]} />
          </p>
          <RowFor showSpend={false} />
        </>
      ),
    },
    {
      id: "owner",
      label: "Owner",
      body: (
        <>
          <p>
            Owners see all of it, spend included, on Team and Enterprise.
            <ClaimLinks ids={["usage-analytics-roles"]} />
          </p>
          <RowFor showSpend />
        </>
      ),
    },
    {
      id: "primary-owner",
      label: "Primary Owner",
      body: (
        <>
          <p>
            The Primary Owner sees all of it and, on Enterprise, can also create Analytics API keys that fetch these
            figures per person and per day.
            <ClaimLinks ids={["usage-analytics-roles", "analytics-api"]} />
          </p>
          <RowFor showSpend />
        </>
      ),
    },
  ];
  return (
    <div>
      <ExampleLabel />
      <Switcher legend="Who is looking?" options={roles} defaultId="owner" panelPrefix="What this role sees:" />
    </div>
  );
}
