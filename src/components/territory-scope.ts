import { departementLabel } from "./departements.js";
import type { FilterField } from "./filter-bar.js";

/** A part of the region that a page can be narrowed to: the whole region, a versant, or one département. */
export interface TerritoryScope {
  kind: "region" | "versant" | "departement";
  /** Label of the filter: `Toute la région`, `Versant Picardie`, `Oise (60)`. */
  label: string;
  /** INSEE codes of the départements it covers. */
  departements: readonly string[];
}

/** The whole region, the default scope of the filters. */
export function regionScope(departements: readonly { code: string }[]): TerritoryScope {
  return { kind: "region", label: "Toute la région", departements: departements.map((d) => d.code).sort() };
}

/** The filter's choices: the region, then each versant, then each département (by code). */
export function territoryScopes(departements: readonly { code: string; versant: string }[]): TerritoryScope[] {
  const sorted = [...departements].sort((a, b) => a.code.localeCompare(b.code));
  const versants = [...new Set(sorted.map((d) => d.versant))].sort((a, b) => a.localeCompare(b, "fr"));
  return [
    regionScope(sorted),
    ...versants.map((versant): TerritoryScope => ({ kind: "versant", label: `Versant ${versant}`, departements: sorted.filter((d) => d.versant === versant).map((d) => d.code) })),
    ...sorted.map((d): TerritoryScope => ({ kind: "departement", label: departementLabel(d.code), departements: [d.code] })),
  ];
}

/** The scope an address names: its département when it has one, else its versant, else the whole region. */
export function scopeOfParams(scopes: readonly TerritoryScope[], params: Readonly<Record<string, string>>): TerritoryScope {
  const departement = params.departement ?? "";
  const versant = params.versant ?? "";
  return (
    scopes.find((s) => s.kind === "departement" && s.departements[0] === departement) ??
    scopes.find((s) => s.kind === "versant" && s.label === `Versant ${versant}`) ??
    scopes[0]!
  );
}

/** The filter bar's versant and département fields: all of them first, then each versant, then each département (by code). */
export function territoryFilterFields(departements: readonly { code: string; versant: string }[]): FilterField[] {
  const sorted = [...departements].sort((a, b) => a.code.localeCompare(b.code));
  const versants = [...new Set(sorted.map((d) => d.versant))].sort((a, b) => a.localeCompare(b, "fr"));
  return [
    { name: "versant", label: "Versant", options: [{ value: "", label: "Les deux versants" }, ...versants.map((v) => ({ value: v, label: v }))] },
    { name: "departement", label: "Département", options: [{ value: "", label: "Toute la région" }, ...sorted.map((d) => ({ value: d.code, label: departementLabel(d.code) }))] },
  ];
}

/** The address parameters naming a scope, as the bar writes them and the explorer reads them: `{departement: "02"}`, `{versant: "Picardie"}`, or none. */
export function scopeParams(scope: TerritoryScope): Record<string, string> {
  if (scope.kind === "departement") return { departement: scope.departements[0]! };
  if (scope.kind === "versant") return { versant: scope.label.replace(/^Versant /, "") };
  return {};
}

/** Whether the département `code` belongs to the scope. */
export function inScope(scope: TerritoryScope, code: string): boolean {
  return scope.departements.includes(code);
}

// French puts an article before a département's name, and elides it before a vowel.
const IN_DEPARTEMENT: Readonly<Record<string, string>> = {
  "02": "dans l’Aisne",
  "59": "dans le Nord",
  "60": "dans l’Oise",
  "62": "dans le Pas-de-Calais",
  "80": "dans la Somme",
};

/** The scope as a phrase for sentences: `dans toute la région`, `dans le versant Picardie`, `dans l’Oise`. */
export function scopePhrase(scope: TerritoryScope): string {
  if (scope.kind === "region") return "dans toute la région";
  if (scope.kind === "versant") return `dans le versant ${scope.label.replace(/^Versant /, "")}`;
  const code = scope.departements[0] ?? "";
  return IN_DEPARTEMENT[code] ?? `dans le département ${scope.label}`;
}
