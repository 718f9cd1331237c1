import { dispositifLabel } from "./budget-splits.js";
import { departementLabel } from "./departements.js";
import { DISPOSITIF_CODES } from "./dispositif-codes.js";
import { ANY_RULE, EXPLORER_SORTS, STATUT_GROUPS } from "./explorer-filter.js";
import type { ExplorerIndex } from "./explorer-format.js";
import type { FilterField } from "./filter-bar.js";

/** The explorer's controls: a search box, then the shared filters (year, département, dispositif), then its own. */
export function explorerFields(index: Pick<ExplorerIndex, "years" | "actionYears" | "departements" | "epci" | "rules" | "statuts">): FilterField[] {
  const versants = [...new Set(index.departements.map((d) => d.versant))].sort((a, b) => a.localeCompare(b, "fr"));
  return [
    { name: "q", label: "Rechercher (n°, organisation, commune, EPCI)", search: true },
    { name: "annee", label: "Année de vote", options: [{ value: "", label: "Toutes les années" }, ...index.years.map((y) => ({ value: String(y), label: String(y) }))] },
    { name: "annee_action", label: "Année de l’action", options: [{ value: "", label: "Toutes les années" }, ...index.actionYears.map((y) => ({ value: String(y), label: String(y) }))] },
    { name: "departement", label: "Département", options: [{ value: "", label: "Toute la région" }, ...index.departements.map((d) => ({ value: d.code, label: departementLabel(d.code) }))] },
    { name: "dispositif", label: "Dispositif", options: [{ value: "", label: "Tous les dispositifs" }, ...Object.entries(DISPOSITIF_CODES).map(([value, d]) => ({ value, label: dispositifLabel(d) }))] },
    {
      name: "statut",
      label: "Statut",
      options: [{ value: "", label: "Tous les statuts" }, ...Object.entries(STATUT_GROUPS).map(([value, g]) => ({ value, label: g.label })), ...index.statuts.map((s) => ({ value: s, label: s }))]
    },
    { name: "versant", label: "Versant", options: [{ value: "", label: "Les deux versants" }, ...versants.map((v) => ({ value: v, label: v }))] },
    { name: "epci", label: "EPCI", options: [{ value: "", label: "Tous les EPCI" }, ...index.epci.map((e) => ({ value: e.siren, label: e.name }))] },
    { name: "regle", label: "Alertes", options: [{ value: "", label: "Avec ou sans alerte" }, { value: ANY_RULE, label: "Avec au moins une alerte" }, ...index.rules.map((r) => ({ value: r.code, label: `${r.label} (${r.code})` }))] },
    { name: "tri", label: "Trier par", options: Object.entries(EXPLORER_SORTS).map(([value, label], i) => ({ value: i === 0 ? "" : value, label })) }
  ];
}
