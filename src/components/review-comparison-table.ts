import type { ReviewYear } from "../../loaders/site/review-page.js";
import { dataTable } from "./data-table.js";
import { type ComparisonRow, comparisonRows, formatChange, formatDifference, formatMeasure, shownDifference } from "./review-comparison.js";
import type { NumberFormat } from "./table-download-cells.js";

/** A row's amounts as the downloads show them: euros to the euro, or whole counts. */
const measureFormat = (d: ComparisonRow): NumberFormat => (d.unit === "euros" ? { style: "euros", cents: false } : { style: "number", digits: 0 });

/** The year's main measures next to the previous review's: both values, the signed difference, the relative change and the trend in words. */
export function reviewComparisonTable(current: ReviewYear, previous: ReviewYear, { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(comparisonRows(current, previous), [
    { label: "Indicateur", value: (d) => d.label },
    { label: String(previous.year), value: (d) => formatMeasure(d, d.previous), raw: (d) => d.previous, format: measureFormat, align: "right" },
    { label: String(current.year), value: (d) => formatMeasure(d, d.current), raw: (d) => d.current, format: measureFormat, align: "right" },
    // Signed figures travel as numbers (a « +22 » text would be a formula to neutralise).
    { label: "Écart", value: (d) => formatDifference(d), raw: (d) => shownDifference(d), format: measureFormat, align: "right" },
    { label: "Évolution", value: (d) => formatChange(d), raw: (d) => d.change, format: { style: "percent", digits: 1 }, align: "right" },
    { label: "Tendance", value: (d) => d.trend }
  ], { caption: `${current.year} comparé à ${previous.year}`, document });
}
