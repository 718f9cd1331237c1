import * as Plot from "@observablehq/plot";
import type { HistoryEntry } from "../../loaders/indicators/history-entry.js";
import { ACCENT, CHART_STYLE, type ChartOptions, INK, asImage, chartWidth } from "./chart-theme.js";
import { dataTable } from "./data-table.js";
import { formatDate, formatEuros, formatInteger } from "./format.js";

const dayOf = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** One sentence for screen readers: the first and last exports' engaged and paid, against the envelope. */
export function describeHistory(history: readonly HistoryEntry[]): string {
  const first = history[0];
  const last = history.at(-1);
  if (!first || !last) return "Aucun export.";
  if (first === last) return `Un seul export, du ${formatDate(last.date)} : ${formatEuros(last.engaged)} engagés et ${formatEuros(last.paid)} mandatés pour une enveloppe de ${formatEuros(last.envelope)}.`;
  return `Du ${formatDate(first.date)} au ${formatDate(last.date)}, sur ${history.length} exports : l’engagé passe de ${formatEuros(first.engaged)} à ${formatEuros(last.engaged)}, le mandaté de ${formatEuros(first.paid)} à ${formatEuros(last.paid)}, pour une enveloppe de ${formatEuros(last.envelope)}.`;
}

/**
 * Engaged (thick line, round dots) and paid (thin line, square dots) at each export, against the envelope at each
 * export's date (dashed step), each named at its end.
 */
export function historyChart(history: readonly HistoryEntry[], { width, document }: ChartOptions): SVGSVGElement | HTMLElement {
  const rows = history.map((h) => ({ ...h, day: dayOf(h.date) }));
  const max = Math.max(1, ...history.flatMap((h) => [h.envelope, h.engaged, h.paid]));
  const last = rows.at(-1);
  return asImage(
    Plot.plot({
      document,
      width: chartWidth(width),
      height: 280,
      marginLeft: 74,
      marginRight: 80,
      style: CHART_STYLE,
      ariaLabel: "Engagé et mandaté INS’pir à chaque export, comparés à l’enveloppe",
      ariaDescription: describeHistory(history),
      x: { type: "utc", label: null, ticks: rows.map((r) => r.day), tickFormat: (d: Date) => formatDate(d.toISOString().slice(0, 10)) },
      y: { domain: [0, max * 1.08], label: null, grid: true, tickFormat: (d: number) => formatEuros(d) },
      marks: [
        Plot.ruleY([0], { stroke: INK }),
        Plot.line(rows, { x: "day", y: "envelope", stroke: INK, strokeWidth: 1.5, strokeDasharray: "4 3", curve: "step-after" }),
        Plot.line(rows, { x: "day", y: "paid", stroke: INK, strokeWidth: 1.5 }),
        Plot.dot(rows, { x: "day", y: "paid", symbol: "square", fill: INK, r: 3.5 }),
        Plot.line(rows, { x: "day", y: "engaged", stroke: ACCENT, strokeWidth: 3 }),
        Plot.dot(rows, { x: "day", y: "engaged", symbol: "circle", fill: ACCENT, r: 4 }),
        ...(last
          ? [
              Plot.text([last], { x: "day", y: "envelope", text: () => "Enveloppe", textAnchor: "start", dx: 8, dy: -8, fontWeight: 600 }),
              Plot.text([last], { x: "day", y: "engaged", text: () => "Engagé", textAnchor: "start", dx: 8, fontWeight: 600 }),
              Plot.text([last], { x: "day", y: "paid", text: () => "Mandaté", textAnchor: "start", dx: 8, fontWeight: 600 })
            ]
          : [])
      ]
    })
  );
}

/** How to read the history chart. */
export const HISTORY_CAPTION = "À chaque export reçu : la ligne épaisse (points ronds) est l’engagé INS’pir, la ligne fine (points carrés) le mandaté, reversements déduits ; le trait pointillé est l’enveloppe à la date de l’export.";

/** The history's data: one row per export. */
export function historyTable(history: readonly HistoryEntry[], { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(history, [
    { label: "Export du", value: (h) => formatDate(h.date), raw: (h) => h.date },
    { label: "Enveloppe", value: (h) => formatEuros(h.envelope), raw: (h) => h.envelope, align: "right" },
    { label: "Engagé", value: (h) => formatEuros(h.engaged), raw: (h) => h.engaged, align: "right" },
    { label: "Mandaté", value: (h) => formatEuros(h.paid), raw: (h) => h.paid, align: "right" },
    { label: "Événements comptés", value: (h) => formatInteger(h.events), raw: (h) => h.events, align: "right" }
  ], { caption: "Chiffres clés de chaque export", document });
}
