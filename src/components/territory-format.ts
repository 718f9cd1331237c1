// A rate with two decimals in French (`1,26`), which format.ts does not offer (it has integers and percentages).

const rateFormat = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "negative" });

/** Events per 100 000 inhabitants with two decimals: 1.2 → `1,20`, 18.06 → `18,06`; `–` when not a number. */
export function formatPer100k(value: number): string {
  return Number.isFinite(value) ? rateFormat.format(value) : "–";
}
