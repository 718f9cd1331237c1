import type { FilterOption } from "./filter-bar.js";

/** A year filter's choices: every year (""), then each year of `years` up to the exports date's (a later one has no data yet). */
export function filterYearOptions(years: readonly number[], exportsDate: string | null, allLabel = "Toutes les années"): FilterOption[] {
  const last = exportsDate === null ? Number.POSITIVE_INFINITY : Number(exportsDate.slice(0, 4));
  const kept = [...new Set(years)].filter((y) => y <= last).sort((a, b) => a - b);
  return [{ value: "", label: allLabel }, ...kept.map((y) => ({ value: String(y), label: String(y) }))];
}

/** The year an address's `annee` names (the bar has kept it only when it is one of its choices), or null for every year. */
export function yearOfParams(params: Readonly<Record<string, string>>): number | null {
  return params.annee ? Number(params.annee) : null;
}
