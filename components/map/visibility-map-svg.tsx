import { verdictLabels } from "@/content/check/labels";
import { layoutMap, mapSizes, wrapLabel } from "@/lib/map/geometry";
import { audienceGroupNames, type VisibilityMap } from "@/lib/map/visibility-map";
import { MapMark } from "./map-mark";

/**
 * A report drawn as a map: one row per kind of data, one column per audience, one mark per verdict.
 * Plain SVG with presentation attributes and classes only (the site's Content Security Policy allows no
 * style attributes), the same on the server and in the browser. It is one image to assistive
 * technology, named by `label`; whoever shows it also gives its content in words.
 */
export function VisibilityMapSvg({ map, label }: { map: VisibilityMap; label: string }) {
  const s = mapSizes;
  const layout = layoutMap(map);
  const { width, height, headerHeight, columnX, rowY } = layout;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      fontSize={s.fontSize}
      className="h-auto max-w-full"
    >
      {map.rows.map(
        (row, r) =>
          r % 2 === 0 && (
            <rect key={row.data} x={0} y={rowY[r]} width={width} height={s.rowHeight} rx={3} className="fill-surface" />
          ),
      )}
      {layout.groups.map((group) => (
        <g key={group.group}>
          <text x={(group.from + group.to) / 2} y={12} textAnchor="middle" className="fill-muted">
            {audienceGroupNames[group.group]}
          </text>
          <path
            d={`M${group.from},${s.groupBand - 4} V${s.groupBand - 9} H${group.to} V${s.groupBand - 4}`}
            fill="none"
            className="stroke-line"
          />
        </g>
      ))}
      {map.columns.map((column, c) => (
        <text
          key={column.audience}
          transform={`translate(${columnX[c]! + s.fontSize * 0.35},${headerHeight - 6}) rotate(-90)`}
          className="fill-fg"
        >
          {column.label}
        </text>
      ))}
      {map.rows.map((row, r) => {
        const lines = wrapLabel(row.label, s.labelChars);
        const middle = rowY[r]! + s.rowHeight / 2;
        const first = middle - ((lines.length - 1) * s.lineHeight) / 2 + s.fontSize * 0.35;
        return (
          <text key={row.data} x={4} y={first} className="fill-fg">
            {lines.map((line, index) => (
              <tspan key={index} x={4} dy={index === 0 ? 0 : s.lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
      {map.marks.map((marks, r) =>
        marks.map((mark, c) => (
          <g key={`${map.rows[r]!.data}|${map.columns[c]!.audience}`}>
            <title>{`${map.columns[c]!.label}, ${map.rows[r]!.label}: ${verdictLabels[mark.verdict]}`}</title>
            <MapMark
              verdict={mark.verdict}
              x={columnX[c]!}
              y={rowY[r]! + s.rowHeight / 2}
              own={map.columns[c]!.group === "you"}
            />
          </g>
        )),
      )}
    </svg>
  );
}
