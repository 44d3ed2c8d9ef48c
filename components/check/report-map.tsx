import { MapLegend } from "@/components/map/map-legend";
import { VisibilityMapSvg } from "@/components/map/visibility-map-svg";
import { audienceShortLabels } from "@/content/check/labels";
import { mapAxes, visibilityMap } from "@/lib/map/visibility-map";
import type { Report } from "@/lib/model/report-schema";

/**
 * The top of a report: its verdicts drawn as the home page's map, for the kinds of data and audiences
 * with anything to show. The summary and the table after it say the same in words, so the drawing is
 * one image to assistive technology. No state: it renders the same in the live check and on static pages.
 */
export function ReportMap({ report }: { report: Report }) {
  const map = visibilityMap(report, mapAxes([report], audienceShortLabels));
  if (map.rows.length === 0) return null;
  return (
    <section aria-labelledby="report-map">
      <h2 id="report-map" className="text-2xl font-semibold">
        Map of who can see what
      </h2>
      <div className="mt-3 flex flex-wrap items-start gap-x-10 gap-y-4">
        <VisibilityMapSvg
          map={map}
          label="Who can see what in this report, drawn as a map. The summary and the table that follow say the same in words."
        />
        {/* The key first when the two stack, beside the map when they fit. */}
        <div className="max-w-[20rem] max-md:order-first">
          <MapLegend withYou={map.columns.some((column) => column.group === "you")} />
        </div>
      </div>
    </section>
  );
}
