import type { HighlightKind } from "@/lib/decode/highlights";
import type { DecodeSummary, Highlight } from "@/lib/decode/summary";
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
        const items = summary.highlights.filter(
          (item) => item.kind === section.kind && (!actor || item.actor === actor),
        );
        const total = actor ? items.length : summary.highlightCounts[section.kind];
        return (
          <div key={section.kind} className="mt-5">
            <h4 className="font-semibold">
              {section.title}: {total.toLocaleString("en")}
            </h4>
            <p className="text-sm text-muted">{section.intro}</p>
            {items.length > 0 && <HighlightTable items={items} section={section} />}
            {items.length < total && (
              <p className="mt-1 text-sm">
                The first {items.length.toLocaleString("en")} are listed; the download has the same.
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
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className="border border-line px-2 py-1">
              When
            </th>
            <th scope="col" className="border border-line px-2 py-1">
              Who
            </th>
            <th scope="col" className="border border-line px-2 py-1">
              Event
            </th>
            {section.value && (
              <th scope="col" className="border border-line px-2 py-1">
                {section.value}
              </th>
            )}
            {section.kind === "export" && (
              <th scope="col" className="border border-line px-2 py-1">
                Started by Anthropic
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.kind}-${item.row}-${item.value ?? ""}`}>
              <td className="border border-line px-2 py-1 font-mono whitespace-nowrap">{item.createdAt}</td>
              <td className="border border-line px-2 py-1 wrap-anywhere">{item.actor}</td>
              <td className="border border-line px-2 py-1 font-mono">
                <Identifier text={item.type} />
              </td>
              {section.value && (
                <td className="border border-line px-2 py-1 break-all">{item.value ?? "Not in the row"}</td>
              )}
              {section.kind === "export" && (
                <td className="border border-line px-2 py-1">{byAnthropic(item.byAnthropic)}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
