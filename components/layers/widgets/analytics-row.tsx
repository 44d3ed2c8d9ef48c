import { ClaimLinks } from "@/components/claims/claim-links";
import { ExampleLabel } from "@/components/mdx/explainer-boxes";
import { Switcher } from "@/components/ui/switcher";
import { defaultRole, metrics, roleViews, spendHidden } from "@/content/layers/usage-analytics/analytics-row";

function RowFor({ showSpend }: { showSpend: boolean }) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">Example analytics row</caption>
      <thead>
        <tr>
          <th scope="col" className="border border-line px-2 py-1">
            Metric
          </th>
          <th scope="col" className="border border-line px-2 py-1">
            Example value
          </th>
          <th scope="col" className="border border-line px-2 py-1">
            What it means
          </th>
        </tr>
      </thead>
      <tbody>
        {metrics.map((metric) => (
          <tr key={metric.name}>
            <th scope="row" className="border border-line px-2 py-1 font-semibold">
              {metric.name}
            </th>
            <td className="border border-line px-2 py-1 font-mono">
              {metric.spend && !showSpend ? spendHidden : metric.value}
            </td>
            <td className="border border-line px-2 py-1">
              {metric.meaning}
              <ClaimLinks ids={metric.claims} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The example row as each role sees it. */
export function AnalyticsRow() {
  const roles = roleViews.map((role) => ({
    id: role.id,
    label: role.label,
    body: (
      <>
        <p>
          {role.text}
          <ClaimLinks ids={role.claims} />
        </p>
        {role.row !== "none" && <RowFor showSpend={role.row === "with-spend"} />}
      </>
    ),
  }));
  return (
    <div>
      <ExampleLabel />
      <Switcher legend="Who is looking?" options={roles} defaultId={defaultRole} panelPrefix="What this role sees:" />
    </div>
  );
}
