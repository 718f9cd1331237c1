const EURO = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", minimumFractionDigits: 0, maximumFractionDigits: 2 });
const LONG_DATE = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** `12 500 €`, `12 500,5 €` (French grouping and decimal comma). */
export function formatEuro(amount: number): string {
  return EURO.format(amount);
}

/** `23 septembre 2016`, from `YYYY-MM-DD`. */
export function formatLongDate(isoDate: string): string {
  return LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}
