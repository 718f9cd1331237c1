import type { EpciRow, EventCount, TerritoriesPage } from "../../loaders/site/territories-page.js";
import type { TerritoryScope } from "./territory-scope.js";
import { inScope } from "./territory-scope.js";
import type { YearChoice } from "./territory-year.js";

/** A département of the region with its population (inhabitants), counted events and events per 100 000 inhabitants. */
export type DepartementRow = TerritoriesPage["departements"][number];

/** Counted events of one département in one year (the département of the commune where each event takes place). */
export interface DepartementYearCount {
  year: number;
  departement: string;
  events: number;
}

/** Events per 100 000 inhabitants, rounded half away from zero to 2 decimals; 0 when the population is 0. */
export function per100k(events: number, population: number): number {
  if (!(population > 0)) return 0;
  // Rounding the decimal text avoids binary artefacts (1.005 → 1.01), as the loaders' roundTo does.
  return Number(`${Math.round(Number(`${(events * 100_000) / population}e2`))}e-2`);
}

/** Every EPCI with its counted events of `year` (all years when null) and its events per 100 000 inhabitants recomputed. */
export function epciForYear(epci: readonly EpciRow[], counts: readonly EventCount[], year: YearChoice): EpciRow[] {
  if (year === null) return epci.map((e) => ({ ...e }));
  const events = new Map<string, number>();
  for (const c of counts) if (c.year === year) events.set(c.siren, (events.get(c.siren) ?? 0) + c.events);
  return epci.map((e) => {
    const n = events.get(e.siren) ?? 0;
    return { ...e, events: n, per100k: per100k(n, e.population) };
  });
}

/** Every département with its counted events of `year` (all years when null) and its events per 100 000 inhabitants. */
export function departementsForYear(departements: readonly DepartementRow[], counts: readonly DepartementYearCount[], year: YearChoice): DepartementRow[] {
  if (year === null) return departements.map((d) => ({ ...d }));
  const events = new Map<string, number>();
  for (const c of counts) if (c.year === year) events.set(c.departement, (events.get(c.departement) ?? 0) + c.events);
  return departements.map((d) => {
    const n = events.get(d.code) ?? 0;
    return { ...d, events: n, per100k: per100k(n, d.population) };
  });
}

/** The EPCI whose département (where most of their inhabitants live) is in the scope. */
export function epciInScope(epci: readonly EpciRow[], scope: TerritoryScope): EpciRow[] {
  return epci.filter((e) => inScope(scope, e.departement));
}
