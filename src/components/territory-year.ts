/** A year of the filters, or null for every year together. */
export type YearChoice = number | null;

/** The same choice as a phrase to end a sentence with: `toutes années confondues`, `en 2018`. */
export function yearPhrase(year: YearChoice): string {
  return year === null ? "toutes années confondues" : `en ${year}`;
}
