import type { SplitRow } from "./budget-splits.js";
import { dataTable } from "./data-table.js";
import { formatEuros, formatPercent } from "./format.js";
import { ratio } from "./ratio.js";

/** A split's data: engaged, paid and paid ÷ engaged of each dispositif or year, then their total (€, shares). */
export function budgetSplitTable(rows: readonly SplitRow[], { caption, keyLabel, document }: { caption: string; keyLabel: string; document?: Document }): HTMLTableElement {
  const total = { key: "total", label: "Total", engaged: sum(rows, "engaged"), paid: sum(rows, "paid") };
  return dataTable([...rows, total], [
    { label: keyLabel, value: (r) => r.label },
    { label: "Engagé", value: (r) => formatEuros(r.engaged, { cents: true }), raw: (r) => r.engaged, format: { style: "euros", cents: true }, align: "right" },
    { label: "Mandaté", value: (r) => formatEuros(r.paid, { cents: true }), raw: (r) => r.paid, format: { style: "euros", cents: true }, align: "right" },
    { label: "Mandaté / engagé", value: (r) => formatPercent(ratio(r.paid, r.engaged)), raw: (r) => ratio(r.paid, r.engaged), format: { style: "percent", digits: 1 }, align: "right" },
  ], { caption, document });
}

// Sums in whole cents.
function sum(rows: readonly SplitRow[], key: "engaged" | "paid"): number {
  return rows.reduce((acc, r) => acc + Math.round(r[key] * 100), 0) / 100;
}
