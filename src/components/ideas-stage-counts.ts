import type { StageCounts } from "../../loaders/site/ideas-page.js";

/** Rows that carry the year of the event their ideas came from. */
export interface WithYear {
  year: number;
}

/** The rows of the event year `year` (all rows when `year` is null: no filter). */
export function keepYear<T extends WithYear>(rows: readonly T[], year: number | null): T[] {
  return year === null ? [...rows] : rows.filter((row) => row.year === year);
}

/** The distinct event years of the rows, oldest first (the options of the year filter). */
export function eventYears(rows: readonly WithYear[]): number[] {
  return [...new Set(rows.map((row) => row.year))].filter(Number.isFinite).sort((a, b) => a - b);
}

/** Ideas by furthest stage (and abandoned among them) summed over rows, with `stageCount` stages (counts of ideas). */
export function sumStageCounts(rows: readonly StageCounts[], stageCount: number): StageCounts {
  const atStage = Array.from({ length: stageCount }, () => 0);
  const abandonedAtStage = Array.from({ length: stageCount }, () => 0);
  for (const row of rows) {
    for (let i = 0; i < stageCount; i++) {
      atStage[i]! += row.atStage[i] ?? 0;
      abandonedAtStage[i]! += row.abandonedAtStage[i] ?? 0;
    }
  }
  return { atStage, abandonedAtStage };
}

/**
 * How many events the filter keeps: the listed events of that year. The list holds only the events with the most
 * ideas, so when it is truncated a filtered count is a lower bound (`exact` false); without filter it is the total.
 */
export function keptEventCount(events: readonly WithYear[], total: number, year: number | null): { count: number; exact: boolean } {
  if (year === null) return { count: total, exact: true };
  return { count: keepYear(events, year).length, exact: events.length >= total };
}
