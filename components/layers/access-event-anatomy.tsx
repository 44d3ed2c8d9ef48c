import { ClaimLinks } from "@/components/claims/claim-links";
import { twoBusinessDaysAfter, weekdays as days } from "@/lib/business-days";
import { Switcher } from "./switcher";

/** The fields of an anthropic_access event, with the documentation's example values. */
const fields = [
  { name: "id", value: "activity_013b013744txqZtFHLUaRqLr", meaning: "This event's own identifier." },
  {
    name: "type",
    value: "anthropic_access",
    meaning: "A person at Anthropic viewed content; cmek_preserve for a preservation.",
  },
  { name: "created_at", value: "2026-06-08T17:12:09.812446Z", meaning: "When the event became visible in the feed." },
  {
    name: "accessed_at",
    value: "2026-06-08T17:12:06.478035Z",
    meaning:
      "When the access (or, for cmek_preserve, the preservation) happened; it can be up to two business days earlier.",
  },
  {
    name: "organization_id",
    value: "org_0910d9133038914eta7i3vt",
    meaning: "The organization the content belongs to.",
  },
  {
    name: "actor",
    value: '{ "type": "anthropic_actor", "email_address": null }',
    meaning: "Always the same anonymous actor: the employee is never named.",
  },
  {
    name: "resource_details",
    value: '{ "type": "message", "id": "msg_1234ABCD" }',
    meaning: "The message that was viewed.",
  },
  { name: "accessor_department", value: "Safeguards", meaning: "The Anthropic team that looked." },
  { name: "reason_code", value: "safety_review", meaning: "Why: one of the four reason codes below." },
  {
    name: "organization_uuid",
    value: "5b236db4-3fb4-4bf3-a560-b5e266038a15",
    meaning: "The organization again, in UUID form. A workspace_id may also name the workspace.",
  },
];

export function AccessEventAnatomy() {
  return (
    <figure className="not-prose my-6">
      <figcaption className="mb-2">
        <span className="font-semibold">Anatomy of an anthropic_access event</span>, with the example values from
        Anthropic&rsquo;s documentation
        <ClaimLinks ids={["at-events", "at-event-fields"]} />
      </figcaption>
      <dl className="space-y-2">
        {fields.map((field) => (
          <div key={field.name} className="grid gap-1 rounded border border-line p-3 sm:grid-cols-[13rem_1fr]">
            <dt>
              <code className="font-semibold">{field.name}</code>
              <div className="font-mono text-sm break-all text-muted">{field.value}</div>
            </dt>
            <dd>{field.meaning}</dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}

/** Picks the day of an access and shows the latest day its event may reach the feed. */
export function AccessDelay() {
  const options = days.map((day) => {
    const latest = twoBusinessDaysAfter(day);
    const weekend = days.indexOf(day) >= 3;
    return {
      id: day.toLowerCase(),
      label: day,
      body: (
        <ol className="space-y-1">
          <li>
            <strong>{day}</strong>: a person at Anthropic views a message (accessed_at).
          </li>
          {weekend && <li>Saturday and Sunday do not count as business days.</li>}
          <li>
            <strong>By {latest === "Monday" || latest === "Tuesday" ? `the next ${latest}` : latest}</strong>: the event
            may not appear in the feed until then (created_at). This example counts weekends only.
            <ClaimLinks ids={["at-delivery"]} />
          </li>
        </ol>
      ),
    };
  });
  return <Switcher legend="Day of the access" options={options} defaultId="thursday" panelPrefix="Accessed on a" />;
}
