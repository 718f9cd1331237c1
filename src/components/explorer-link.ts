import { filterSearch } from "./filter-bar.js";

/**
 * The address of the dossier explorer filtered by `params` (the names of its address: `regle`, `epci`, `statut`…),
 * relative to the page (`./` from a top-level page, `../` from a review).
 */
export function explorerHref(params: Readonly<Record<string, string | number | null | undefined>>, base = "./"): string {
  const values = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === null || v === undefined ? "" : String(v)]));
  return `${base}dossiers${filterSearch(values)}`;
}
