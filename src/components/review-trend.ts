import * as Plot from "@observablehq/plot";
import type { ReviewYear } from "../../loaders/site/review-page.js";
import { ACCENT, CHART_STYLE, type ChartOptions, INK, asImage, chartWidth } from "./chart-theme.js";
import { dataTable } from "./data-table.js";
import { formatCount, formatEuros, formatInteger } from "./format.js";

/** One year of the trend: counted events, EPCI reached, engaged and paid during the year (€). */
export interface TrendRow {
  year: number;
  events: number;
  epci: number;
  engaged: number;
  paid: number;
}

/** The trend from the first review year up to `year`, oldest first. */
export function trendRows(reviews: readonly ReviewYear[], year: number): TrendRow[] {
  return reviews
    .filter((r) => r.year <= year)
    .map((r) => ({ year: r.year, events: r.events.count, epci: r.events.epci, engaged: r.budget.engagedInYear, paid: r.budget.paidInYear }));
}

/** Engaged (accent) and paid (ink) per year (€) as paired bars, each year's events written above them: the trend's chart. */
export function reviewTrendChart(rows: readonly TrendRow[], { width, document }: ChartOptions): SVGSVGElement | HTMLElement {
  const years = rows.map((r) => String(r.year));
  const bars = (measure: "Engagé" | "Mandaté", amount: (r: TrendRow) => number, fill: string) =>
    Plot.barY(rows, { fx: (r) => String(r.year), x: () => measure, y: amount, fill });
  // A floor on the scale, so that a run of years with nothing engaged never prints ticks of 0 € and 1 €.
  const top = Math.max(1000, ...rows.map((r) => Math.max(r.engaged, r.paid)));
  return asImage(
    Plot.plot({
      document,
      width: chartWidth(width),
      height: 260,
      marginLeft: 78,
      marginTop: 12,
      style: CHART_STYLE,
      ariaLabel: `Montants INS’pir engagés et mandatés chaque année, de ${years[0] ?? ""} à ${years.at(-1) ?? ""}`,
      ariaDescription: rows.map((r) => `${r.year} : ${formatCount(r.events, "événement", "événements")}, ${formatEuros(r.engaged)} engagés, ${formatEuros(r.paid)} mandatés.`).join(" "),
      // Years below the bars; the two bars of a year are told apart by colour and the caption, not by an axis.
      fx: { domain: years, label: null, padding: 0.15, axis: "bottom" },
      x: { domain: ["Engagé", "Mandaté"], label: null, padding: 0.1, axis: null },
      y: { domain: [0, top * 1.25], label: null, grid: true, ticks: 4, tickFormat: (v: number) => formatEuros(v) },
      marks: [
        bars("Engagé", (r) => r.engaged, ACCENT),
        bars("Mandaté", (r) => r.paid, INK),
        Plot.ruleY([0], { stroke: INK }),
        Plot.text(rows, { fx: (r) => String(r.year), frameAnchor: "top", dy: 4, text: (r) => formatCount(r.events, "événement", "événements"), fill: INK })
      ]
    })
  );
}

/** How to read the trend chart, shown under it. */
export const REVIEW_TREND_CAPTION = "Pour chaque année de décision : montant engagé (barre de gauche, couleur) et mandaté (barre de droite, foncée) dans l’année, et nombre d’événements labellisés au-dessus.";

/** The trend's table: per year, events, EPCI reached, engaged and paid. */
export function reviewTrendTable(rows: readonly TrendRow[], { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(rows, [
    { label: "Année", value: (d) => String(d.year) },
    { label: "Événements labellisés", value: (d) => formatInteger(d.events), align: "right" },
    { label: "EPCI ayant accueilli un événement", value: (d) => formatInteger(d.epci), align: "right" },
    { label: "Engagé dans l’année", value: (d) => formatEuros(d.engaged), align: "right" },
    { label: "Mandaté dans l’année", value: (d) => formatEuros(d.paid), align: "right" }
  ], { caption: `Évolution année par année, de ${rows[0]?.year ?? ""} à ${rows.at(-1)?.year ?? ""}`, document });
}
