import { ClaimLinks } from "@/components/claims/claim-links";
import { ExampleLabel } from "@/components/mdx/explainer-boxes";
import { Switcher } from "@/components/ui/switcher";
import { Table, TableCell, TableHead, TableHeader } from "@/components/ui/table";
import { defaultRole, metrics, roleViews, spendHidden } from "@/content/layers/usage-analytics/analytics-row";

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
            {/* A long value may break anywhere, so the three columns fit a phone without cutting text off. */}
            <TableCell className="font-mono wrap-anywhere">
              {metric.spend && !showSpend ? spendHidden : metric.value}
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
