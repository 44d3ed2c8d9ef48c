import { InlineMark } from "./map-mark";

/** What the map's shapes mean, in words; the shapes carry the meaning, colour only helps. */
export function MapLegend({ withYou = true }: { withYou?: boolean }) {
  return (
    <ul className="space-y-1 text-sm" aria-label="Key to the map">
      <li className="flex gap-2">
        <InlineMark verdict="yes" />
        <span>
          <strong>Yes</strong>: can see it.
        </span>
      </li>
      <li className="flex gap-2">
        <InlineMark verdict="possible" />
        <span>
          <strong>Possible</strong>: might, depending on a setting not known here or on a point Anthropic&rsquo;s pages
          leave open.
        </span>
      </li>
      <li className="flex gap-2">
        <InlineMark verdict="no" />
        <span>
          <strong>No</strong>: cannot.
        </span>
      </li>
      {withYou && (
        <li className="flex gap-2">
          <InlineMark verdict="yes" own />
          <span>In your own column the marks are grey: there it is you who sees.</span>
        </li>
      )}
    </ul>
  );
}
