import type { DepartementRow } from "./territory-events.js";
import { per100k } from "./territory-events.js";
import type { TerritoryScope } from "./territory-scope.js";
import { inScope } from "./territory-scope.js";

/** A département, a versant or the whole region: counted events, population (inhabitants) and events per 100 000 inhabitants. */
export interface AreaRow {
  kind: "departement" | "versant" | "region";
  /** `Nord (59)`, `Versant Picardie`, `Hauts-de-France`. */
  label: string;
  /** The address parameters that name it (`departement` or `versant`; none for the region). */
  params: Readonly<Record<string, string>>;
  events: number;
  population: number;
  per100k: number;
}

/** The sums of a set of départements: events, population, and the rate recomputed from those sums. */
export function sumAreas(departements: readonly DepartementRow[]): { events: number; population: number; per100k: number } {
  const events = departements.reduce((sum, d) => sum + d.events, 0);
  const population = departements.reduce((sum, d) => sum + d.population, 0);
  return { events, population, per100k: per100k(events, population) };
}

/** Events, population and rate of the départements in the scope. */
export function scopeTotals(departements: readonly DepartementRow[], scope: TerritoryScope): { events: number; population: number; per100k: number } {
  return sumAreas(departements.filter((d) => inScope(scope, d.code)));
}

/** The five départements (by code), then the two versants (by name), then the region. */
export function areaRows(departements: readonly DepartementRow[]): AreaRow[] {
  const sorted = [...departements].sort((a, b) => a.code.localeCompare(b.code));
  const versants = [...new Set(sorted.map((d) => d.versant))].sort((a, b) => a.localeCompare(b, "fr"));
  return [
    ...sorted.map((d): AreaRow => ({ kind: "departement", label: `${d.name} (${d.code})`, params: { departement: d.code }, events: d.events, population: d.population, per100k: d.per100k })),
    ...versants.map((v): AreaRow => ({ kind: "versant", label: `Versant ${v}`, params: { versant: v }, ...sumAreas(sorted.filter((d) => d.versant === v)) })),
    { kind: "region", label: "Hauts-de-France", params: {}, ...sumAreas(sorted) },
  ];
}
