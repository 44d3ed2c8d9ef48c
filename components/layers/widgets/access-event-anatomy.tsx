import { ClaimLinks } from "@/components/claims/claim-links";
import { Switcher } from "@/components/ui/switcher";
import { accessDelay } from "@/content/layers/anthropic-access/access-delay";
import { eventCaption, eventFields } from "@/content/layers/anthropic-access/event-anatomy";
import { twoBusinessDaysAfter, weekdays } from "@/lib/layers/business-days";

export function AccessEventAnatomy() {
  return (
    <figure className="not-prose my-6">
      <figcaption className="mb-2">
        <span className="font-semibold">{eventCaption.title}</span>, {eventCaption.text}
        <ClaimLinks ids={eventCaption.claims} />
      </figcaption>
      <dl className="space-y-2">
        {eventFields.map((field) => (
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
  const options = weekdays.map((day) => {
    const latest = twoBusinessDaysAfter(day);
    const weekend = weekdays.indexOf(day) >= 3;
    return {
      id: day.toLowerCase(),
      label: day,
      body: (
        <ol className="space-y-1">
          <li>
            <strong>{day}</strong>: {accessDelay.access}
          </li>
          {weekend && <li>{accessDelay.weekend}</li>}
          <li>
            <strong>By {latest === "Monday" || latest === "Tuesday" ? `the next ${latest}` : latest}</strong>:{" "}
            {accessDelay.arrival.text}
            <ClaimLinks ids={accessDelay.arrival.claims} />
          </li>
        </ol>
      ),
    };
  });
  return (
    <Switcher
      legend={accessDelay.legend}
      options={options}
      defaultId={accessDelay.defaultDay.toLowerCase()}
      panelPrefix={accessDelay.panelPrefix}
    />
  );
}
