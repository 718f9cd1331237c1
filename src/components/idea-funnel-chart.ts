import * as Plot from "@observablehq/plot";
import { CHART_STYLE, type ChartOptions, chartWidth, asImage } from "./chart-theme.js";
import { dataTable } from "./data-table.js";
import { labelledBars } from "./labelled-bars.js";
import { formatCount, formatInteger, formatPercent } from "./format.js";
import type { FunnelStage } from "./indicators-document.js";
import { ratio } from "./ratio.js";

// Room for the longest name on the left and the value labels on the right (px).
const MARGIN_LEFT = 112;
const MARGIN_RIGHT = 86;
const MARGINS = MARGIN_LEFT + MARGIN_RIGHT;

/** The funnel's stages with each one's count as a fraction of the ideas that emerged (the first stage). */
export function funnelRows(funnel: readonly FunnelStage[]): { stage: string; count: number; share: number }[] {
  const emerged = funnel[0]?.count ?? 0;
  return funnel.map(({ stage, count }) => ({ stage, count, share: ratio(count, emerged) }));
}

/** Horizontal bars of the ideas having reached each stage or a later one (counts), in the funnel's order. */
export function ideaFunnelChart(funnel: readonly FunnelStage[], { width, document }: ChartOptions): SVGSVGElement | HTMLElement {
  const data = funnelRows(funnel);
  const max = Math.max(1, ...data.map((d) => d.count));
  return asImage(
    Plot.plot({
      document,
      width: chartWidth(width),
      height: data.length * 30 + 30,
      marginLeft: MARGIN_LEFT,
      marginRight: MARGIN_RIGHT,
      marginBottom: 24,
      style: CHART_STYLE,
      ariaLabel: "Parcours des idées : nombre d’idées ayant atteint chaque étape",
      ariaDescription: data.map((d) => `${d.stage} : ${formatCount(d.count, "idée", "idées")} (${formatPercent(d.share)} des idées émergées).`).join(" "),
      x: { domain: [0, max], label: null, grid: true, ticks: Math.min(max, Math.max(2, Math.floor((chartWidth(width) - MARGINS) / 64))), tickFormat: formatInteger },
      y: { domain: data.map((d) => d.stage), label: null, tickSize: 0, padding: 0.3 },
      marks: labelledBars(data, { x: "count", y: "stage", text: (d) => (d.share === 1 ? formatInteger(d.count) : `${formatInteger(d.count)} · ${formatPercent(d.share, 0)}`) }),
    }),
  );
}

/** How to read the chart, shown under it. */
export const IDEA_FUNNEL_CAPTION =
  "Nombre d’idées ayant atteint chaque étape ou une étape ultérieure (idées abandonnées comprises, à l’étape la plus avancée), et part des idées émergées.";

/** The chart's data: one row per stage (counts, share of the emerged ideas). */
export function ideaFunnelTable(funnel: readonly FunnelStage[], { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(funnelRows(funnel), [
    { label: "Étape", value: (d) => d.stage },
    { label: "Idées", value: (d) => formatInteger(d.count), raw: (d) => d.count, format: { style: "number", digits: 0 }, align: "right" },
    { label: "Part des idées émergées", value: (d) => formatPercent(d.share), raw: (d) => d.share, format: { style: "percent", digits: 1 }, align: "right" },
  ], { caption: "Parcours des idées issues des événements créatifs", document });
}
