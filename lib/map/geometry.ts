import { audienceGroupNames, type AudienceGroup, type MapColumn, type VisibilityMap } from "./visibility-map";

/**
 * Sizes of the drawn map, in SVG units (pixels at 1:1). Text widths are estimated, not measured: the map
 * is drawn on the server, where no font is at hand, so the estimate is generous (0.58 em a character).
 */
export const mapSizes = {
  fontSize: 13,
  charWidth: 13 * 0.58,
  lineHeight: 15,
  /** Characters a row label may take on one line before it wraps. */
  labelChars: 20,
  labelGap: 8,
  cell: 24,
  rowHeight: 34,
  groupGap: 10,
  /** Room above the column labels for the group names and their brackets. */
  groupBand: 26,
  markRadius: 8,
} as const;

/** A label broken at spaces into lines of at most `chars` characters (a longer word keeps its own line). */
export function wrapLabel(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Where each part of the map goes: column centres, the header's height, row tops and the whole size. */
export type MapLayout = {
  width: number;
  height: number;
  labelWidth: number;
  headerHeight: number;
  columnX: number[];
  rowY: number[];
  /** Each group of columns that has a name over it: its name, and the x range it spans. */
  groups: { group: AudienceGroup; from: number; to: number }[];
};

/** Lays out a map: row labels on the left, one column per audience with a gap between groups, labels standing up. */
export function layoutMap(map: Pick<VisibilityMap, "rows" | "columns">): MapLayout {
  const s = mapSizes;
  const longestRowLine = Math.max(
    ...map.rows.flatMap((row) => wrapLabel(row.label, s.labelChars).map((l) => l.length)),
  );
  const labelWidth = Math.ceil(longestRowLine * s.charWidth) + s.labelGap;
  const columnX: number[] = [];
  let x = labelWidth;
  map.columns.forEach((column, index) => {
    if (index > 0 && map.columns[index - 1]!.group !== column.group) x += s.groupGap;
    columnX.push(x + s.cell / 2);
    x += s.cell;
  });
  // A group's name may be wider than its columns ("Your organization" over four): move the groups after
  // it to the right until the names no longer touch.
  let groups = groupSpans(map.columns, columnX);
  for (let index = 1; index < groups.length; index++) {
    const overlap = nameEdge(groups[index - 1]!, "right") + 8 - nameEdge(groups[index]!, "left");
    if (overlap <= 0) continue;
    for (let column = groups[index]!.firstColumn; column < columnX.length; column++) columnX[column]! += overlap;
    groups = groupSpans(map.columns, columnX);
  }
  const lastGroup = groups.at(-1);
  const right = Math.max(columnX.at(-1)! + s.cell / 2, lastGroup ? nameEdge(lastGroup, "right") : 0);
  const longestColumnLabel = Math.max(...map.columns.map((column) => column.label.length));
  const headerHeight = s.groupBand + Math.ceil(longestColumnLabel * s.charWidth) + 8;
  const rowY = map.rows.map((_, index) => headerHeight + index * s.rowHeight);
  return {
    width: Math.ceil(right) + 12,
    height: headerHeight + map.rows.length * s.rowHeight + 2,
    labelWidth,
    headerHeight,
    columnX,
    rowY,
    groups: groups.map(({ group, from, to }) => ({ group, from, to })),
  };
}

type GroupSpan = MapLayout["groups"][number] & { firstColumn: number };

/** Where a group's name, centred over its columns, begins or ends. */
function nameEdge(span: GroupSpan, side: "left" | "right"): number {
  const half = (audienceGroupNames[span.group].length * mapSizes.charWidth) / 2;
  const centre = (span.from + span.to) / 2;
  return side === "left" ? centre - half : centre + half;
}

/** The x range each named group spans; "you" has a single column whose own label says it all. */
function groupSpans(columns: readonly MapColumn[], columnX: readonly number[]): GroupSpan[] {
  const spans: GroupSpan[] = [];
  columns.forEach((column, index) => {
    if (column.group === "you") return;
    const last = spans.at(-1);
    const from = columnX[index]! - mapSizes.cell / 2 + 2;
    const to = columnX[index]! + mapSizes.cell / 2 - 2;
    if (last && last.group === column.group) last.to = to;
    else spans.push({ group: column.group, from, to, firstColumn: index });
  });
  return spans;
}
