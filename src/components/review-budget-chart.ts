import type { ReviewYear } from "../../loaders/site/review-page.js";
import { budgetGaugeChart } from "./budget-gauge-chart.js";
import { type BudgetRow, budgetRow } from "./budget-rows.js";
import type { ChartOptions } from "./chart-theme.js";
import { dataTable } from "./data-table.js";
import { formatEuros, formatPercent } from "./format.js";

/** The envelope at the end of each review year up to `year` (cumulative engaged and paid, €), oldest first, labelled `Fin 2017`. */
export function envelopeRows(reviews: readonly ReviewYear[], year: number): (BudgetRow & { year: number; engagedInYear: number; paidInYear: number })[] {
  return reviews
    .filter((r) => r.year <= year)
    .map((r) => ({
      ...budgetRow({ envelope: r.budget.envelope, engaged: r.budget.engagedToDate, paid: r.budget.paidToDate }, `Fin ${r.year}`),
      year: r.year,
      engagedInYear: r.budget.engagedInYear,
      paidInYear: r.budget.paidInYear
    }));
}

/** The site's envelope gauges, one per year end up to the review's year: engaged (thick bar) and paid (thin bar) against the envelope (rule). */
export function reviewBudgetChart(reviews: readonly ReviewYear[], year: number, options: ChartOptions): SVGSVGElement | HTMLElement {
  const chart = budgetGaugeChart(envelopeRows(reviews, year), options);
  chart.setAttribute("aria-label", `Consommation de l’enveloppe INS’pir à la fin de chaque année, jusqu’à fin ${year}`);
  return chart;
}

/** How to read the gauges, shown under them. */
export function reviewBudgetCaption(year: number): string {
  return `Cumul à la fin de chaque année jusqu’à ${year} : la barre épaisse est la part de l’enveloppe INS’pir engagée, la barre fine à l’intérieur la part mandatée, le trait vertical marque 100 % de l’enveloppe.`;
}

/** The gauges' data: per year end, cumulative and in-year engaged and paid (€), shares of the envelope. */
export function reviewBudgetTable(reviews: readonly ReviewYear[], year: number, { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(envelopeRows(reviews, year), [
    { label: "Année", value: (d) => d.label },
    { label: "Enveloppe", value: (d) => formatEuros(d.envelope), raw: (d) => d.envelope, format: { style: "euros", cents: false }, align: "right" },
    { label: "Engagé dans l’année", value: (d) => formatEuros(d.engagedInYear), raw: (d) => d.engagedInYear, format: { style: "euros", cents: false }, align: "right" },
    { label: "Engagé cumulé", value: (d) => formatEuros(d.engaged), raw: (d) => d.engaged, format: { style: "euros", cents: false }, align: "right" },
    { label: "Part de l’enveloppe", value: (d) => formatPercent(d.engagedRate), raw: (d) => d.engagedRate, format: { style: "percent", digits: 1 }, align: "right" },
    { label: "Mandaté dans l’année", value: (d) => formatEuros(d.paidInYear), raw: (d) => d.paidInYear, format: { style: "euros", cents: false }, align: "right" },
    { label: "Mandaté cumulé", value: (d) => formatEuros(d.paid), raw: (d) => d.paid, format: { style: "euros", cents: false }, align: "right" },
    { label: "Part de l’enveloppe", value: (d) => formatPercent(d.paidRate), raw: (d) => d.paidRate, format: { style: "percent", digits: 1 }, align: "right" },
    { label: "Reste à engager", value: (d) => formatEuros(d.left), raw: (d) => d.left, format: { style: "euros", cents: false }, align: "right" }
  ], { caption: `Enveloppe INS’pir à chaque fin d’année (lignes votées jusque-là) : engagé et mandaté jusqu’à fin ${year}`, document });
}
