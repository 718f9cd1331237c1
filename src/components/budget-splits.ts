import type { BudgetSplit } from "../../loaders/site/budget-page.js";
import { type BudgetFilter, matchesBudgetFilter } from "./budget-filter.js";

/** The year of vote chosen on the page: a year, UNVOTED for dossiers paid without a vote, or null for every year. */
export type YearChoice = number | typeof UNVOTED | null;
/** Stands for the dossiers that have payments but no date of vote. */
export const UNVOTED = "sans-vote";

/** The filter of the split section: versant and section (page-wide), dispositif and year of vote (null = all). */
export interface SplitFilter extends BudgetFilter {
  dispositif: string | null;
  year: YearChoice;
}

/** One bar of a split: engaged and paid of the dossiers sharing a dispositif or a year of vote (€). */
export interface SplitRow {
  key: string;
  label: string;
  engaged: number;
  paid: number;
}

/** A dispositif without the programme's prefix: "INS'pir - Événement créatif" → "Événement créatif". */
export function dispositifLabel(dispositif: string): string {
  return dispositif.replace(/^INS['’]pir\s*-\s*/, "");
}

/** A year of vote in words; null is a dossier paid without a vote. */
export function yearLabel(year: number | null): string {
  return year === null ? "Sans vote" : String(year);
}

/** Whether a split row belongs to the chosen versant, section, dispositif and year of vote. */
export function matchesSplitFilter(split: BudgetSplit, filter: SplitFilter): boolean {
  if (!matchesBudgetFilter(split, filter)) return false;
  if (filter.dispositif !== null && split.dispositif !== filter.dispositif) return false;
  if (filter.year === null) return true;
  return filter.year === UNVOTED ? split.year === null : split.year === filter.year;
}

/** The dispositifs present in the splits, by name. */
export function splitDispositifs(splits: readonly BudgetSplit[]): string[] {
  return [...new Set(splits.map((s) => s.dispositif))].sort((a, b) => dispositifLabel(a).localeCompare(dispositifLabel(b), "fr"));
}

/** The years of vote present in the splits, ascending, UNVOTED last when some dossier was paid without a vote. */
export function splitYears(splits: readonly BudgetSplit[]): (number | typeof UNVOTED)[] {
  const years = [...new Set(splits.flatMap((s) => (s.year === null ? [] : [s.year])))].sort((a, b) => a - b);
  return splits.some((s) => s.year === null) ? [...years, UNVOTED] : years;
}

/**
 * Engaged and paid of the filtered splits added up by dispositif or by year of vote (€, to the cent). Every
 * dispositif or year of the whole dataset gets a row, zero when the filter leaves nothing, so bars keep their place.
 */
export function splitTotals(splits: readonly BudgetSplit[], by: "dispositif" | "year", filter: SplitFilter): SplitRow[] {
  const keys = by === "dispositif" ? splitDispositifs(splits) : splitYears(splits).map(String);
  const keyOf = (s: BudgetSplit) => (by === "dispositif" ? s.dispositif : s.year === null ? UNVOTED : String(s.year));
  const cents = new Map(keys.map((k) => [k, { engaged: 0, paid: 0 }]));
  for (const s of splits) {
    if (!matchesSplitFilter(s, filter)) continue;
    const entry = cents.get(keyOf(s))!;
    entry.engaged += Math.round(s.engaged * 100);
    entry.paid += Math.round(s.paid * 100);
  }
  return keys.map((key) => ({
    key,
    label: by === "dispositif" ? dispositifLabel(key) : yearLabel(key === UNVOTED ? null : Number(key)),
    engaged: cents.get(key)!.engaged / 100,
    paid: cents.get(key)!.paid / 100,
  }));
}
