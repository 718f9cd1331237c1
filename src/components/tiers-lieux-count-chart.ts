import * as Plot from "@observablehq/plot";
import { ACCENT, CHART_STYLE, type ChartOptions, asImage, chartWidth } from "./chart-theme.js";
import { formatInteger } from "./format.js";

export interface CountChartOptions extends ChartOptions {
  /** What the bars count, for screen readers: "EPCI par fonction offerte". */
  ariaLabel: string;
  /** The unit of a count in words, singular and plural: ["EPCI", "EPCI"]. */
  unit: readonly [string, string];
  /** Room for the longest label on the left (px). */
  marginLeft?: number;
}

/** Horizontal bars of counts by label, in the given order, each labelled with its value. */
export function tiersLieuxCountChart(
  rows: readonly { label: string; count: number }[],
  { width, ariaLabel, unit, marginLeft = 190, document }: CountChartOptions,
): SVGSVGElement | HTMLElement {
  const w = chartWidth(width);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const marginRight = 40;
  return asImage(
    Plot.plot({
      document,
      width: w,
      height: rows.length * 30 + 30,
      marginLeft,
      marginRight,
      marginBottom: 24,
      style: CHART_STYLE,
      ariaLabel,
      ariaDescription: rows.map((r) => `${r.label} : ${formatInteger(r.count)} ${r.count < 2 ? unit[0] : unit[1]}.`).join(" "),
      x: { domain: [0, max], label: null, grid: true, ticks: Math.min(max, Math.floor((w - marginLeft - marginRight) / 48)), tickFormat: formatInteger },
      y: { domain: rows.map((r) => r.label), label: null, tickSize: 0, padding: 0.3 },
      marks: [
        Plot.barX(rows, { x: "count", y: "label", fill: ACCENT, rx: 2 }),
        Plot.text(rows, { x: "count", y: "label", text: (r) => formatInteger(r.count), textAnchor: "start", dx: 5, fontWeight: 600 }),
        Plot.ruleX([0]),
      ],
    }),
  );
}
