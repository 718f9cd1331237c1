/** A year of the filters, or null for every year together. */
export type YearChoice = number | null;

/** The choices of a year filter: every year together first, then each year in order. */
export function yearChoices(years: readonly number[]): YearChoice[] {
  return [null, ...[...new Set(years)].sort((a, b) => a - b)];
}

/** The label of a year choice in a filter or a heading: `Toutes les années`, `2018`. */
export function yearLabel(year: YearChoice): string {
  return year === null ? "Toutes les années" : String(year);
}

/** The same choice as a phrase to end a sentence with: `toutes années confondues`, `en 2018`. */
export function yearPhrase(year: YearChoice): string {
  return year === null ? "toutes années confondues" : `en ${year}`;
}
