import { cents } from "./rounding.js";

/** At the pace of the last twelve months' votes, when the envelope would be fully engaged. */
export interface Forecast {
  /** Engaged amount voted in the 365 days ending on the export date, ÷ 12 (€ a month, rounded to the cent). */
  monthlyPace: number;
  /** `AAAA-MM`: the first month after the export date's at whose end engaged + pace × months ≥ envelope; the export date's month when nothing is left; null when the pace is 0 or the date unknown. */
  exhaustion: string | null;
}

/**
 * The forecast of indicators.md from the total envelope and engaged amount (€), the engaged amount voted in the pace
 * window (€) and the export date (`AAAA-MM-JJ`). Computed in cents with integers, so that a month is never off by a
 * rounding of the pace.
 */
export function forecast(envelope: number, engaged: number, windowEngaged: number, exportDate: string | null): Forecast {
  const monthlyPace = cents(windowEngaged / 12);
  if (exportDate === null) return { monthlyPace, exhaustion: null };
  const month = exportDate.slice(0, 7);
  const left = Math.round(envelope * 100) - Math.round(engaged * 100);
  if (left <= 0) return { monthlyPace, exhaustion: month };
  const window = Math.round(windowEngaged * 100);
  if (window <= 0) return { monthlyPace, exhaustion: null };
  // engaged + k × window ÷ 12 ≥ envelope  ⇔  k ≥ 12 × left ÷ window.
  const months = Math.ceil((12 * left) / window);
  return { monthlyPace, exhaustion: addMonths(month, months) };
}

/** `AAAA-MM` plus `count` months. */
export function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}
