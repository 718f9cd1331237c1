import * as Plot from "@observablehq/plot";
import { CHART_STYLE, type ChartOptions, chartWidth, asImage } from "./chart-theme.js";
import { dataTable } from "./data-table.js";
import { labelledBars } from "./labelled-bars.js";
import { departementLabel } from "./departements.js";
import { formatCount, formatInteger } from "./format.js";
import type { DepartementEvents } from "./indicators-document.js";

// Room for the longest name on the left and the value labels on the right (px).
const MARGIN_LEFT = 124;
const MARGIN_RIGHT = 36;
const MARGINS = MARGIN_LEFT + MARGIN_RIGHT;

/** Horizontal bars of the counted events per département (counts), labelled with their value. */
export function eventsByDepartementChart(rows: readonly DepartementEvents[], { width, document }: ChartOptions): SVGSVGElement | HTMLElement {
  const data = rows.map((row) => ({ label: departementLabel(row.code), count: row.count }));
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
      ariaLabel: "Événements créatifs comptés par département",
      ariaDescription: data.map((d) => `${d.label} : ${formatCount(d.count, "événement", "événements")}.`).join(" "),
      x: { domain: [0, max], label: null, grid: true, ticks: Math.min(max, Math.floor((chartWidth(width) - MARGINS) / 64)), tickFormat: formatInteger },
      y: { domain: data.map((d) => d.label), label: null, tickSize: 0, padding: 0.3 },
      marks: labelledBars(data, { x: "count", y: "label", text: (d) => formatInteger(d.count) }),
    }),
  );
}

/** How to read the chart, shown under it. */
export const EVENTS_BY_DEPARTEMENT_CAPTION = "Événements créatifs comptés (labellisés, votés ou soldés) selon le département de la commune où ils ont lieu.";

/** The chart's data: one row per département (counts). */
export function eventsByDepartementTable(rows: readonly DepartementEvents[], { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(rows, [
    { label: "Département", value: (d) => departementLabel(d.code) },
    { label: "Événements comptés", value: (d) => formatInteger(d.count), raw: (d) => d.count, format: { style: "number", digits: 0 }, align: "right" },
  ], { caption: "Événements créatifs comptés par département", document });
}
