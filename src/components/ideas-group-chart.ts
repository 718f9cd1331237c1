import * as Plot from "@observablehq/plot";
import { ACCENT, CHART_STYLE, type ChartOptions, INK, asImage, chartWidth } from "./chart-theme.js";
import { dataTable } from "./data-table.js";
import { formatCount, formatInteger, formatPercent } from "./format.js";
import type { IdeasGroup } from "./ideas-groups.js";

/** Below this width (px), a row's figures go under its name instead of beside it. */
const COMPACT_WIDTH = 620;
/** Average width of a character of the 12–13 px labels (px), to shorten names that would not fit. */
const CHAR_WIDTH = 7;

export interface IdeasGroupChartOptions extends ChartOptions {
  /** What the rows are, for screen readers: "Idées par événement". */
  ariaLabel: string;
}

/** "12 idées · 3 mûries (25 %)": a group's figures as printed beside its bar. */
export function groupFigures(group: IdeasGroup): string {
  return `${formatCount(group.emerged, "idée", "idées")} · ${formatInteger(group.matured)} ${group.matured < 2 ? "mûrie" : "mûries"} (${formatPercent(group.maturedShare, 0)})`;
}

/** The text cut to `max` characters, with an ellipsis when it was longer. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/**
 * One row per group (event or theme): its name, then a thick bar of the ideas that emerged from it and a thin dark
 * bar inside of those that matured (stage « Mûrie » or later), with both counts and the matured share in words.
 */
export function ideasGroupChart(groups: readonly IdeasGroup[], { width, ariaLabel, document }: IdeasGroupChartOptions): SVGSVGElement | HTMLElement {
  const w = chartWidth(width);
  const compact = w < COMPACT_WIDTH;
  const data = groups.map((group, i) => ({ ...group, i }));
  const max = Math.max(1, ...groups.map((g) => g.emerged));
  // Each row takes one unit of the y scale: the name (and figures) on top, then the bars.
  const [textY, figuresY, barTop, barBottom] = compact ? [0.2, 0.42, 0.56, 0.88] : [0.3, 0.3, 0.46, 0.86];
  const inset = (barBottom - barTop) * 0.3;
  const nameChars = Math.floor((compact ? w : w * 0.62) / CHAR_WIDTH);
  const name = (d: IdeasGroup) => truncate(d.detail ? `${d.label} — ${d.detail}` : d.label, nameChars);
  return asImage(
    Plot.plot({
      document,
      width: w,
      height: groups.length * (compact ? 64 : 48) + 30,
      marginTop: 4,
      marginBottom: 24,
      marginLeft: 8,
      marginRight: 14,
      style: CHART_STYLE,
      ariaLabel,
      ariaDescription: groups.map((g) => `${g.detail ? `${g.label} (${g.detail})` : g.label} : ${groupFigures(g)}.`).join(" "),
      x: { domain: [0, max], label: null, ticks: Math.min(max, Math.floor(w / 80)), tickFormat: formatInteger },
      y: { domain: [0, Math.max(1, groups.length)], reverse: true, axis: null },
      marks: [
        Plot.rectX(data, { x1: 0, x2: "emerged", y1: (d) => d.i + barTop, y2: (d) => d.i + barBottom, fill: ACCENT, rx: 2 }),
        Plot.rectX(data, { x1: 0, x2: "matured", y1: (d) => d.i + barTop + inset, y2: (d) => d.i + barBottom - inset, fill: INK }),
        Plot.text(data, { x: 0, y: (d) => d.i + textY, text: name, textAnchor: "start", fontWeight: 600, fontSize: 13 }),
        Plot.text(data, compact
          ? { x: 0, y: (d) => d.i + figuresY, text: groupFigures, textAnchor: "start" }
          : { x: max, y: (d) => d.i + figuresY, text: groupFigures, textAnchor: "end" }),
      ],
    }),
  );
}

/** The groups' funnels as a table: ideas that reached each stage or a later one, matured share and abandoned ideas. */
export function ideasGroupTable(
  groups: readonly IdeasGroup[],
  stages: readonly string[],
  { caption, groupLabel, document, emergedHref }: { caption: string; groupLabel: string; document?: Document; emergedHref?: (group: IdeasGroup) => string | null },
): HTMLTableElement {
  const hasDetail = groups.some((g) => g.detail);
  return dataTable(groups, [
    { label: groupLabel, value: (g) => g.label },
    ...(hasDetail ? [{ label: "Commune · année", value: (g: IdeasGroup) => g.detail }] : []),
    // The first stage counts every idea of the group: it may lead to where they are listed (an event's dossier).
    ...stages.map((stage, i) => ({ label: stage, value: (g: IdeasGroup) => formatInteger(g.reached[i] ?? 0), align: "right" as const, ...(i === 0 && emergedHref ? { href: emergedHref } : {}) })),
    { label: "Part mûrie", value: (g) => formatPercent(g.maturedShare), raw: (g) => g.maturedShare, format: { style: "percent", digits: 1 }, align: "right" },
    { label: "Abandonnées", value: (g) => formatInteger(g.abandoned), raw: (g) => g.abandoned, format: { style: "number", digits: 0 }, align: "right" },
  ], { caption, document });
}
