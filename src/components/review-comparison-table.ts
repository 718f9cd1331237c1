import type { ReviewYear } from "../../loaders/site/review-page.js";
import { dataTable } from "./data-table.js";
import { comparisonRows, formatChange, formatDifference, formatMeasure } from "./review-comparison.js";

/** The year's main measures next to the previous review's: both values, the signed difference, the relative change and the trend in words. */
export function reviewComparisonTable(current: ReviewYear, previous: ReviewYear, { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(comparisonRows(current, previous), [
    { label: "Indicateur", value: (d) => d.label },
    { label: String(previous.year), value: (d) => formatMeasure(d, d.previous), align: "right" },
    { label: String(current.year), value: (d) => formatMeasure(d, d.current), align: "right" },
    { label: "Écart", value: (d) => formatDifference(d), align: "right" },
    { label: "Évolution", value: (d) => formatChange(d), align: "right" },
    { label: "Tendance", value: (d) => d.trend }
  ], { caption: `${current.year} comparé à ${previous.year}`, document });
}
