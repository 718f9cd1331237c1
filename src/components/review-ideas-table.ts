import type { ReviewIdeas } from "../../loaders/site/review-page.js";
import { dataTable } from "./data-table.js";
import { formatInteger, formatPercent } from "./format.js";
import { funnelRows } from "./idea-funnel-chart.js";

/** How to read the funnel of a review, shown under it. */
export function reviewIdeasCaption(year: number): string {
  return `Idées issues des événements labellisés en ${year} : nombre d’idées ayant atteint chaque étape ou une étape ultérieure (idées abandonnées comprises, à l’étape la plus avancée), et part des idées émergées.`;
}

/** The funnel's data: one row per stage (counts, share 0–1 of the emerged ideas). */
export function reviewIdeasTable(year: number, ideas: Pick<ReviewIdeas, "funnel">, { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(funnelRows(ideas.funnel), [
    { label: "Étape", value: (d) => d.stage },
    { label: "Idées", value: (d) => formatInteger(d.count), raw: (d) => d.count, format: { style: "number", digits: 0 }, align: "right" },
    { label: "Part des idées émergées", value: (d) => formatPercent(d.share), raw: (d) => d.share, format: { style: "percent", digits: 1 }, align: "right" }
  ], { caption: `Parcours des idées issues des événements labellisés en ${year}`, document });
}
