import type { Verdict } from "@/lib/model/content-schema";
import { mapSizes } from "@/lib/map/geometry";

/**
 * A verdict as a shape, so the map reads without colour: a full disc for yes, a half-filled ring for
 * possible, a short dash for no. `own` draws it in the muted ink used for your own column: colour marks
 * someone other than you.
 */
export function MapMark({ verdict, x, y, own = false }: { verdict: Verdict; x: number; y: number; own?: boolean }) {
  const r = mapSizes.markRadius;
  switch (verdict) {
    case "yes":
      return <circle cx={x} cy={y} r={r} className={own ? "fill-muted" : "fill-yes"} />;
    case "possible": {
      const ring = r - 0.75;
      return (
        <g className={own ? "fill-muted stroke-muted" : "fill-possible stroke-possible"}>
          <circle cx={x} cy={y} r={ring} fill="none" strokeWidth={1.5} />
          <path d={`M${x},${y - ring} A${ring},${ring} 0 0 0 ${x},${y + ring} Z`} stroke="none" />
        </g>
      );
    }
    case "no":
      return <line x1={x - 5} x2={x + 5} y1={y} y2={y} strokeWidth={2} strokeLinecap="round" className="stroke-line" />;
    default: {
      const unknown: never = verdict;
      throw new Error(`No shape for the verdict ${String(unknown)}`);
    }
  }
}

/** One mark on its own, the size of a line of text, for legends and sentences; hidden from screen readers. */
export function InlineMark({ verdict, own = false }: { verdict: Verdict; own?: boolean }) {
  const size = mapSizes.markRadius * 2 + 2;
  return (
    <svg
      aria-hidden="true"
      viewBox={`0 0 ${size} ${size}`}
      width="1.1em"
      height="1.1em"
      className="inline-block shrink-0 align-[-0.2em]"
    >
      <MapMark verdict={verdict} x={size / 2} y={size / 2} own={own} />
    </svg>
  );
}
