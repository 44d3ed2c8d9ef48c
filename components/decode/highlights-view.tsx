import type { HighlightKind } from "@/lib/decode/highlights";
import { Table, TableCell, TableHeader } from "@/components/ui/table";
import type { DecodeSummary, Highlight } from "@/lib/decode/summary";
import { highlightsOf } from "@/lib/decode/view";
import { wholeNumber } from "@/lib/site/whole-number";
import { Identifier } from "./identifier";

const sections: { kind: HighlightKind; title: string; intro: string; value: string | null }[] = [
  {
    kind: "renamed",
    title: "Renamed titles",
    intro:
      "The audit log leaves chat titles out, except when someone renames a chat: then it records the new name, which is text that person typed.",
    value: "New name",
  },
  { kind: "deleted", title: "Deletions", intro: "Events whose name says something was deleted.", value: null },
  {
    kind: "export",
    title: "Data exports started",
    intro:
      "Exports of the organization's data or of the audit log; the audit log says whether Anthropic started a data export.",
    value: null,
  },
  {
    kind: "new-ip",
    title: "Sign-ins from new IP addresses",
    intro: "For each person, every IP address they signed in from after the first one in this file.",
    value: "IP address",
  },
  {
    kind: "new-device",
    title: "Sign-ins from new devices",
    intro:
      "For each person, every device (or, without a device id, browser) they signed in from after the first one in this file.",
    value: "Device or browser",
  },
];

const byAnthropic = (value: boolean | null) => (value === null ? "Not stated" : value ? "Yes" : "No");

/** The events most worth explaining to the people they are about. */
export function HighlightsView({ summary, actor }: { summary: DecodeSummary; actor: string | null }) {
  return (
    <section aria-labelledby="decode-highlights-heading">
      <h3 id="decode-highlights-heading" className="text-xl font-semibold">
        Highlights{actor ? ` for ${actor}` : ""}
      </h3>
      {sections.map((section) => {
        const { items, total } = highlightsOf(summary, section.kind, actor);
        return (
          <div key={section.kind} className="mt-5">
            <h4 className="font-semibold">
              {section.title}: {wholeNumber(total)}
            </h4>
            <p className="text-sm text-muted">{section.intro}</p>
            {items.length > 0 && <HighlightTable items={items} section={section} />}
            {items.length < total && (
              <p className="mt-1 text-sm">
                The first {wholeNumber(items.length)} are listed; the download has the same.
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}

function HighlightTable({ items, section }: { items: Highlight[]; section: (typeof sections)[number] }) {
  return (
    <div className="mt-2 overflow-x-auto">
      <Table>
        <TableHeader
          columns={[
            "When",
            "Who",
            "Event",
            ...(section.value ? [section.value] : []),
            ...(section.kind === "export" ? ["Started by Anthropic"] : []),
          ]}
        />
        <tbody>
          {items.map((item) => (
            <tr key={`${item.kind}-${item.row}-${item.value ?? ""}`}>
              <TableCell className="font-mono whitespace-nowrap">{item.createdAt}</TableCell>
              <TableCell className="wrap-anywhere">{item.actor}</TableCell>
              <TableCell className="font-mono">
                <Identifier text={item.type} />
              </TableCell>
              {section.value && <TableCell className="break-all">{item.value ?? "Not in the row"}</TableCell>}
              {section.kind === "export" && <TableCell>{byAnthropic(item.byAnthropic)}</TableCell>}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
