import { joinWords } from "@/lib/check/wording";
import { audiencesWith, type VisibilityMap } from "@/lib/map/visibility-map";

/**
 * The map as a table of words, row for row: who can see each kind of data and who might. Everyone the
 * row does not name cannot, and the caption says so.
 */
export function MapInWords({ map, caption }: { map: VisibilityMap; caption: string }) {
  const names = (row: number, verdict: "yes" | "possible") =>
    joinWords(audiencesWith(map, row, verdict).map((column) => column.label)) || "Nobody";
  return (
    <table className="mt-2 w-full border-collapse text-left text-sm">
      <caption className="mb-2 text-left text-muted">
        {caption} Anyone a row does not name cannot see that data.
      </caption>
      <thead>
        <tr>
          <th scope="col" className="border-b border-line py-1 pr-3 align-bottom">
            Your data
          </th>
          <th scope="col" className="border-b border-line py-1 pr-3 align-bottom">
            Can see it
          </th>
          <th scope="col" className="border-b border-line py-1 align-bottom">
            Might see it
          </th>
        </tr>
      </thead>
      <tbody>
        {map.rows.map((row, r) => (
          <tr key={row.data}>
            <th scope="row" className="border-b border-line py-1 pr-3 align-top font-semibold">
              {row.label}
            </th>
            <td className="border-b border-line py-1 pr-3 align-top">{names(r, "yes")}</td>
            <td className="border-b border-line py-1 align-top">{names(r, "possible")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
