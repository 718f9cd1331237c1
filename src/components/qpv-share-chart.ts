import * as Plot from "@observablehq/plot";
import { ACCENT, CHART_STYLE, type ChartOptions, asImage, chartWidth } from "./chart-theme.js";
import { dataTable } from "./data-table.js";
import { formatCount, formatEuros, formatInteger, formatPercent } from "./format.js";
import { formatShare } from "./qpv-share-format.js";
import { type QpvBasis, type QpvGroup, type QpvShare, type QpvTotals, qpvShares } from "./qpv-shares.js";

export interface QpvShareChartOptions extends ChartOptions {
  basis: QpvBasis;
  /** What a group is, for the description: `année`, `département`. */
  groupName: string;
}

// Vertical layout of a group (px): its name with its whole on one line, then one bar per measure.
const HEADER = 24;
const ROW = 22;
const BAR = 14;
const GAP = 12;
// Room for the measures' names on the left and the values after the bars (px).
const MARGIN_LEFT = 104;
const MARGIN_RIGHT = 112;

/** The whole a group's shares are taken over, in words: `9 événements`, `29 420 € engagés`, `aucun montant engagé`. */
export function qpvWholeLabel(totals: QpvTotals, basis: QpvBasis): string {
  if (basis === "count") return totals.events === 0 ? "aucun événement" : formatCount(totals.events, "événement", "événements");
  return totals.engaged === 0 ? "aucun montant engagé" : `${formatEuros(totals.engaged)} engagés`;
}

/** The value written after a bar: `33,3 % (3)` by count, `14,5 %` by amount, `—` when the whole is 0. */
export function qpvShareLabel(share: QpvShare, basis: QpvBasis): string {
  const text = formatShare(share.part, share.whole);
  return basis === "count" && share.whole > 0 ? `${text} (${formatInteger(share.part)})` : text;
}

/** The highest share drawn, rounded up to a tenth (at least 10 %, at most 100 %), as the end of the axis. */
export function qpvAxisMax(groups: readonly QpvGroup[], basis: QpvBasis): number {
  const max = Math.max(0, ...groups.flatMap((g) => qpvShares(g.totals, basis).map((s) => s.share)));
  return Math.min(1, Math.max(0.1, Math.ceil(max * 10 - 1e-9) / 10));
}

/** Tick values of the share axis from 0 to `max` (0–1), as many as fit `innerWidth` px with at least 48 px between labels. */
export function qpvTicks(max: number, innerWidth: number): number[] {
  const step = [0.05, 0.1, 0.2, 0.25, 0.5, 1].find((s) => (innerWidth * s) / max >= 48) ?? 1;
  const count = Math.floor(max / step + 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 100) / 100);
}

/**
 * For each group (year or département), three horizontal bars: the share of its counted events (or of their engaged
 * amount) located in a QPV, including QPV residents, and either; each bar is named on the left and labelled with
 * its value, each group headed by its name and the whole the shares are taken over.
 */
export function qpvShareChart(groups: readonly QpvGroup[], { width, basis, groupName, document }: QpvShareChartOptions): SVGSVGElement | HTMLElement {
  const w = chartWidth(width);
  const groupHeight = HEADER + 3 * ROW + GAP;
  const height = Math.max(1, groups.length) * groupHeight;
  const max = qpvAxisMax(groups, basis);
  const data = groups.flatMap((group, g) =>
    qpvShares(group.totals, basis).map((share, m) => ({ ...share, group: group.label, y: g * groupHeight + HEADER + m * ROW + ROW / 2, text: qpvShareLabel(share, basis) })),
  );
  const headers = groups.map((group, g) => ({ label: group.label, whole: qpvWholeLabel(group.totals, basis), y: g * groupHeight + HEADER / 2 + 1 }));
  const ticks = qpvTicks(max, w - MARGIN_LEFT - MARGIN_RIGHT);
  // Grid lines and the zero line are drawn per group, under its bars only, so that they never cross the headers.
  const spans = groups.map((_, g) => ({ y1: g * groupHeight + HEADER - 2, y2: g * groupHeight + HEADER + 3 * ROW + 2 }));
  const what = basis === "count" ? "des événements comptés" : "du montant engagé sur les événements comptés";
  return asImage(
    Plot.plot({
      document,
      width: w,
      height: height + 26,
      marginTop: 0,
      marginBottom: 26,
      marginLeft: MARGIN_LEFT,
      marginRight: MARGIN_RIGHT,
      style: CHART_STYLE,
      ariaLabel: `Part ${what} en QPV, avec un public QPV, ou l’un ou l’autre, par ${groupName}`,
      ariaDescription: groups
        .map((group) => `${group.label}, ${qpvWholeLabel(group.totals, basis)} : ${qpvShares(group.totals, basis).map((s) => `${s.label.charAt(0).toLowerCase()}${s.label.slice(1)} ${formatShare(s.part, s.whole)}`).join(", ")}.`)
        .join(" "),
      x: { domain: [0, max], label: null, ticks, tickFormat: (d: number) => formatPercent(d, 0), tickSize: 0 },
      y: { domain: [0, height], range: [0, height], axis: null },
      marks: [
        Plot.ruleX(spans.flatMap((span) => ticks.slice(1).map((x) => ({ ...span, x }))), { x: "x", y1: "y1", y2: "y2", stroke: "currentColor", strokeOpacity: 0.15 }),
        Plot.rectX(data, { x1: 0, x2: "share", y1: (d) => d.y - BAR / 2, y2: (d) => d.y + BAR / 2, fill: ACCENT, rx: 2, title: (d) => `${d.group} · ${d.label} : ${d.text}` }),
        Plot.ruleX(spans, { x: 0, y1: "y1", y2: "y2" }),
        // Names of the measures, in the left margin.
        Plot.text(data, { x: 0, y: "y", text: "label", textAnchor: "end", dx: -8 }),
        Plot.text(data, { x: "share", y: "y", text: "text", textAnchor: "start", dx: 5, fontWeight: 600 }),
        // Group headers: name at the left edge of the chart, whole at the right edge.
        Plot.text(headers, { x: 0, y: "y", text: "label", textAnchor: "start", dx: -MARGIN_LEFT, fontWeight: 700, fontSize: 13 }),
        Plot.text(headers, { x: max, y: "y", text: "whole", textAnchor: "end", dx: MARGIN_RIGHT }),
      ],
    }),
  );
}

/** How to read the chart, shown under it. */
export function qpvShareCaption(basis: QpvBasis, groupName: string): string {
  return basis === "count"
    ? `Pour chaque ${groupName}, part des événements comptés situés en QPV, incluant un public QPV, ou l’un ou l’autre ; entre parenthèses, le nombre d’événements. « — » : aucun événement (la part vaut 0 par convention).`
    : `Pour chaque ${groupName}, part du montant engagé (fonctionnement et investissement) sur les événements comptés qui revient aux événements en QPV, avec un public QPV, ou l’un ou l’autre. « — » : aucun montant engagé (la part vaut 0 par convention).`;
}

/** The chart's data, each group then the sum of them all (`Ensemble`): parts, wholes and shares; `groupName` heads the first column. */
export function qpvShareTable(groups: readonly QpvGroup[], total: QpvTotals, { basis, groupName, caption, document }: { basis: QpvBasis; groupName: string; caption: string; document?: Document }): HTMLTableElement {
  const rows = [...groups, { label: "Ensemble", totals: total }].map((g) => ({ label: g.label, totals: g.totals, shares: qpvShares(g.totals, basis) }));
  const value = basis === "count" ? formatInteger : (n: number) => formatEuros(n, { cents: true });
  const cell = (i: number) => (d: (typeof rows)[number]) => value(d.shares[i]?.part ?? 0);
  const share = (i: number) => (d: (typeof rows)[number]) => formatShare(d.shares[i]?.part ?? 0, d.shares[i]?.whole ?? 0);
  return dataTable(rows, [
    { label: groupName.charAt(0).toUpperCase() + groupName.slice(1), value: (d) => d.label },
    { label: basis === "count" ? "Événements" : "Montant engagé", value: (d) => value(basis === "count" ? d.totals.events : d.totals.engaged), align: "right" },
    { label: "En QPV", value: cell(0), align: "right" },
    { label: "Part en QPV", value: share(0), align: "right" },
    { label: "Public QPV", value: cell(1), align: "right" },
    { label: "Part public QPV", value: share(1), align: "right" },
    { label: "L’un ou l’autre", value: cell(2), align: "right" },
    { label: "Part l’un ou l’autre", value: share(2), align: "right" },
  ], { caption, document });
}
