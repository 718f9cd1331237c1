import type { BudgetMonth } from "../../loaders/site/budget-page.js";
import { type BudgetFilter, matchesBudgetFilter } from "./budget-filter.js";

/** Engaged and paid cumulated up to the end of a month (€), for the chosen versant and section. */
export interface CumulativePoint {
  /** `YYYY-MM`. */
  month: string;
  /** First day of the month, at midnight UTC (the chart's x position). */
  date: Date;
  engaged: number;
  paid: number;
}

/**
 * The cumulative engaged (by month of vote) and paid (by month of payment) curves of the chosen lines, one point
 * per month that has a movement, in month order (€, rounded to the cent).
 */
export function cumulativeBudget(months: readonly BudgetMonth[], filter: BudgetFilter): CumulativePoint[] {
  // Monthly movements in whole cents, so that the running sums do not drift.
  const byMonth = new Map<string, { engaged: number; paid: number }>();
  for (const m of months) {
    if (!matchesBudgetFilter(m, filter)) continue;
    const entry = byMonth.get(m.month) ?? { engaged: 0, paid: 0 };
    entry.engaged += Math.round(m.engaged * 100);
    entry.paid += Math.round(m.paid * 100);
    byMonth.set(m.month, entry);
  }
  let engaged = 0;
  let paid = 0;
  return [...byMonth.keys()].sort().map((month) => {
    const entry = byMonth.get(month)!;
    engaged += entry.engaged;
    paid += entry.paid;
    return { month, date: monthDate(month), engaged: engaged / 100, paid: paid / 100 };
  });
}

/** The first day of a `YYYY-MM` month at midnight UTC. */
export function monthDate(month: string): Date {
  const [year, mon] = month.split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, (mon ?? 1) - 1, 1));
}

const monthFormat = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });

/** A `YYYY-MM` month in words: `janvier 2017`. */
export function formatMonth(month: string): string {
  return monthFormat.format(monthDate(month));
}

/** First and last months with a movement on any line (first days, UTC), or null when there is none. */
export function budgetPeriod(months: readonly BudgetMonth[]): [Date, Date] | null {
  if (!months.length) return null;
  const sorted = months.map((m) => m.month).sort();
  return [monthDate(sorted[0]!), monthDate(sorted.at(-1)!)];
}
