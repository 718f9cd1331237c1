import * as Plot from "@observablehq/plot";
import type { BudgetRow } from "./budget-rows.js";
import { ACCENT, CHART_STYLE, type ChartOptions, chartWidth, INK, TRACK, asImage } from "./chart-theme.js";
import { dataTable } from "./data-table.js";
import { formatEuros, formatPercent } from "./format.js";

/** Below this width (px), a line's rates go under its name instead of beside it. */
const COMPACT_WIDTH = 560;

/** One sentence per line for screen readers: "Fonctionnement · Picardie : 92 126 € engagés (46,1 %) et …". */
export function describeBudgetRow(row: BudgetRow): string {
  return `${row.label} : ${formatEuros(row.engaged)} engagés (${formatPercent(row.engagedRate)}) et ${formatEuros(row.paid)} mandatés (${formatPercent(row.paidRate)}) sur une enveloppe de ${formatEuros(row.envelope)}.`;
}

/**
 * Bullet gauges of the envelope lines: a thick bar for the engaged share of the line's envelope, a thin dark
 * bar inside it for the paid share, a vertical rule at 100 % (the envelope). Shares in fractions of the envelope.
 */
export function budgetGaugeChart(rows: readonly BudgetRow[], { width, document }: ChartOptions): SVGSVGElement | HTMLElement {
  const compact = chartWidth(width) < COMPACT_WIDTH;
  const data = rows.map((row, i) => ({ ...row, i }));
  const max = Math.max(1, ...rows.map((row) => Math.max(row.engagedRate, row.paidRate)));
  const ticks = Array.from({ length: Math.floor(max / 0.25) + 1 }, (_, k) => k * 0.25);
  // Each line takes one unit of the y scale: text on top, then the bar.
  const [textY, rateY, barTop, barBottom] = compact ? [0.22, 0.44, 0.56, 0.9] : [0.3, 0.3, 0.44, 0.88];
  const inset = (barBottom - barTop) * 0.3;
  const rates = (d: BudgetRow) => `engagé ${formatPercent(d.engagedRate)} · mandaté ${formatPercent(d.paidRate)}`;
  return asImage(
    Plot.plot({
      document,
      width: chartWidth(width),
      height: rows.length * (compact ? 78 : 58) + 34,
      marginTop: 6,
      marginBottom: 28,
      // Room for the first and last tick labels ("0 %", "100 %").
      marginLeft: 14,
      marginRight: 22,
      style: CHART_STYLE,
      ariaLabel: "Consommation de l’enveloppe INS’pir par ligne (section et versant)",
      ariaDescription: rows.map(describeBudgetRow).join(" "),
      x: { domain: [0, max], ticks, tickFormat: (d: number) => formatPercent(d, 0), label: null, tickSize: 4 },
      y: { domain: [0, rows.length], reverse: true, axis: null },
      marks: [
        Plot.rectX(data, { x1: 0, x2: 1, y1: (d) => d.i + barTop, y2: (d) => d.i + barBottom, fill: TRACK, rx: 3 }),
        Plot.rectX(data, {
          x1: 0,
          x2: "engagedRate",
          y1: (d) => d.i + barTop,
          y2: (d) => d.i + barBottom,
          fill: ACCENT,
          rx: 3,
          title: (d: BudgetRow) => `Engagé : ${formatEuros(d.engaged)} (${formatPercent(d.engagedRate)} de ${formatEuros(d.envelope)})`,
        }),
        Plot.rectX(data, {
          x1: 0,
          x2: "paidRate",
          y1: (d) => d.i + barTop + inset,
          y2: (d) => d.i + barBottom - inset,
          fill: INK,
          title: (d: BudgetRow) => `Mandaté : ${formatEuros(d.paid)} (${formatPercent(d.paidRate)} de ${formatEuros(d.envelope)})`,
        }),
        Plot.ruleX(data, { x: 1, y1: (d) => d.i + barTop - 0.08, y2: (d) => d.i + barBottom + 0.08, stroke: INK, strokeWidth: 2 }),
        Plot.text(data, { x: 0, y: (d) => d.i + textY, text: "label", textAnchor: "start", fontWeight: 600, fontSize: 13 }),
        Plot.text(data, compact
          ? { x: 0, y: (d) => d.i + rateY, text: rates, textAnchor: "start" }
          : { x: max, y: (d) => d.i + rateY, text: rates, textAnchor: "end" }),
      ],
    }),
  );
}

/** A legend drawn with the gauges' own shapes (thick bar, thin bar, rule), so colour is never needed to read it. */
export function budgetGaugeLegend({ document = globalThis.document }: { document?: Document } = {}): HTMLElement {
  const legend = document.createElement("p");
  legend.className = "gauge-legend";
  for (const [kind, text] of [["engaged", "Engagé"], ["paid", "Mandaté"], ["envelope", "Enveloppe (100 %)"]] as const) {
    const item = legend.appendChild(document.createElement("span"));
    item.className = "gauge-legend-item";
    const swatch = item.appendChild(document.createElement("span"));
    swatch.className = `swatch swatch-${kind}`;
    swatch.setAttribute("aria-hidden", "true");
    item.append(text);
  }
  return legend;
}

/** How to read the gauges, shown under them. */
export const BUDGET_GAUGE_CAPTION =
  "Pour chaque ligne de l’enveloppe : la barre épaisse est la part engagée, la barre fine à l’intérieur la part mandatée, le trait vertical marque 100 % de l’enveloppe.";

/** The gauges' data: one row per envelope line, then the total (euros and shares of the envelope). */
export function budgetGaugeTable(rows: readonly BudgetRow[], total: BudgetRow, { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable([...rows, total], [
    { label: "Ligne", value: (d) => d.label },
    { label: "Enveloppe", value: (d) => formatEuros(d.envelope, { cents: true }), raw: (d) => d.envelope, format: { style: "euros", cents: true }, align: "right" },
    { label: "Engagé", value: (d) => formatEuros(d.engaged, { cents: true }), raw: (d) => d.engaged, format: { style: "euros", cents: true }, align: "right" },
    { label: "Engagé / enveloppe", value: (d) => formatPercent(d.engagedRate), raw: (d) => d.engagedRate, format: { style: "percent", digits: 1 }, align: "right" },
    { label: "Mandaté", value: (d) => formatEuros(d.paid, { cents: true }), raw: (d) => d.paid, format: { style: "euros", cents: true }, align: "right" },
    { label: "Mandaté / enveloppe", value: (d) => formatPercent(d.paidRate), raw: (d) => d.paidRate, format: { style: "percent", digits: 1 }, align: "right" },
    { label: "Reste à engager", value: (d) => formatEuros(d.left, { cents: true }), raw: (d) => d.left, format: { style: "euros", cents: true }, align: "right" },
  ], { caption: "Consommation de l’enveloppe INS’pir par ligne", document });
}
