import type { BudgetMonth } from "../../loaders/site/budget-page.js";
import type { EnvelopeLine } from "../../loaders/site/envelope-composition.js";
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

/** First and last months with a movement on any line (first days, UTC), or null when there is none. */
export function budgetPeriod(months: readonly BudgetMonth[]): [Date, Date] | null {
  if (!months.length) return null;
  const sorted = months.map((m) => m.month).sort();
  return [monthDate(sorted[0]!), monthDate(sorted.at(-1)!)];
}

/** The envelope of the chosen lines from a date on (€): a step of the envelope curve. */
export interface EnvelopeStep {
  date: Date;
  envelope: number;
}

/**
 * The envelope of the chosen lines as it stood over the period: its level at the period's start (undated lines
 * and lines dated before), then a step on the day of each later dated line; lines not yet open at the export
 * date are left out. In whole cents, so that the levels add up exactly.
 */
export function envelopeSteps(lines: readonly EnvelopeLine[], filter: BudgetFilter, start: Date): EnvelopeStep[] {
  const chosen = lines.filter((l) => l.counted && matchesBudgetFilter(l, filter));
  const dayOf = (l: EnvelopeLine) => (l.date === null ? null : new Date(`${l.date}T00:00:00Z`));
  let level = 0;
  for (const l of chosen) if (dayOf(l) === null || dayOf(l)! <= start) level += Math.round(l.amount * 100);
  const steps: EnvelopeStep[] = [{ date: start, envelope: level / 100 }];
  const later = chosen.filter((l) => dayOf(l) !== null && dayOf(l)! > start).sort((a, b) => (a.date! < b.date! ? -1 : 1));
  for (const l of later) {
    level += Math.round(l.amount * 100);
    const date = dayOf(l)!;
    if (steps.at(-1)!.date.getTime() === date.getTime()) steps.at(-1)!.envelope = level / 100;
    else steps.push({ date, envelope: level / 100 });
  }
  return steps;
}

/** The envelope of the steps in force on `date` (€). */
export function envelopeOn(steps: readonly EnvelopeStep[], date: Date): number {
  let envelope = steps[0]?.envelope ?? 0;
  for (const s of steps) if (s.date <= date) envelope = s.envelope;
  return envelope;
}
