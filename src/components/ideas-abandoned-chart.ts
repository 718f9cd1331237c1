import * as Plot from "@observablehq/plot";
import { CHART_STYLE, type ChartOptions, asImage, chartWidth } from "./chart-theme.js";
import { dataTable } from "./data-table.js";
import { labelledBars } from "./labelled-bars.js";
import { formatCount, formatInteger, formatPercent } from "./format.js";
import type { FunnelStep } from "./ideas-funnel.js";
import { ratio } from "./ratio.js";

// Room for the longest stage name on the left and the value labels on the right (px).
const MARGIN_LEFT = 112;
const MARGIN_RIGHT = 70;

/** The abandoned ideas by the furthest stage they reached, with each stage's share of all abandoned ideas (0–1). */
export function abandonedRows(steps: readonly FunnelStep[]): { stage: string; abandoned: number; share: number }[] {
  const total = steps.reduce((sum, step) => sum + step.abandoned, 0);
  return steps.map((step) => ({ stage: step.stage, abandoned: step.abandoned, share: ratio(step.abandoned, total) }));
}

/** Horizontal bars of the abandoned ideas by the furthest stage they reached before their team stopped (counts). */
export function ideasAbandonedChart(steps: readonly FunnelStep[], { width, document }: ChartOptions): SVGSVGElement | HTMLElement {
  const data = abandonedRows(steps);
  const max = Math.max(1, ...data.map((d) => d.abandoned));
  const w = chartWidth(width);
  return asImage(
    Plot.plot({
      document,
      width: w,
      height: data.length * 30 + 30,
      marginLeft: MARGIN_LEFT,
      marginRight: MARGIN_RIGHT,
      marginBottom: 24,
      style: CHART_STYLE,
      ariaLabel: "Idées abandonnées selon l’étape la plus avancée atteinte",
      ariaDescription: data.map((d) => `Arrêtées à l’étape ${d.stage} : ${formatCount(d.abandoned, "idée", "idées")}.`).join(" "),
      x: { domain: [0, max], label: null, grid: true, ticks: Math.min(max, Math.floor((w - MARGIN_LEFT - MARGIN_RIGHT) / 64)), tickFormat: formatInteger },
      y: { domain: data.map((d) => d.stage), label: null, tickSize: 0, padding: 0.3 },
      marks: labelledBars(data, { x: "abandoned", y: "stage", text: (d) => (d.abandoned === 0 ? "0" : `${formatInteger(d.abandoned)} · ${formatPercent(d.share, 0)}`) }),
    }),
  );
}

/** How to read the chart, shown under it. */
export const IDEAS_ABANDONED_CAPTION =
  "Idées dont l’équipe s’est arrêtée, selon l’étape la plus avancée qu’elles avaient atteinte, et part de l’ensemble des idées abandonnées.";

/** The chart's data: one row per stage (abandoned ideas, share of all abandoned ideas, ideas still at that stage). */
export function ideasAbandonedTable(steps: readonly FunnelStep[], { document }: { document?: Document } = {}): HTMLTableElement {
  const rows = abandonedRows(steps).map((row, i) => ({ ...row, active: (steps[i]?.atStage ?? 0) - row.abandoned }));
  return dataTable(rows, [
    { label: "Étape la plus avancée", value: (d) => d.stage },
    { label: "Idées abandonnées", value: (d) => formatInteger(d.abandoned), raw: (d) => d.abandoned, format: { style: "number", digits: 0 }, align: "right" },
    { label: "Part des abandonnées", value: (d) => formatPercent(d.share), raw: (d) => d.share, format: { style: "percent", digits: 1 }, align: "right" },
    { label: "Idées actives à cette étape", value: (d) => formatInteger(d.active), raw: (d) => d.active, format: { style: "number", digits: 0 }, align: "right" },
  ], { caption: "Idées abandonnées par étape la plus avancée", document });
}
