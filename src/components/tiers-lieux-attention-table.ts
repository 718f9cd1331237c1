import { dataTable } from "./data-table.js";
import { departementLabel } from "./departements.js";
import { MISSING, formatEuros } from "./format.js";
import type { AttentionRow } from "./tiers-lieux-rows.js";

/** The EPCI-years that break a rule of the call, with the rules in words and their amounts (€). */
export function tiersLieuxAttentionTable(rows: readonly AttentionRow[], { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(rows, [
    { label: "EPCI", value: (r) => r.name },
    { label: "Département", value: (r) => departementLabel(r.departement) },
    { label: "Année du plan", value: (r) => (r.annee === null ? MISSING : String(r.annee)), align: "right" },
    { label: "Point d’attention", value: (r) => r.issues.join(" ; ") },
    { label: "Fonctionnement voté", value: (r) => formatEuros(r.fonctionnement), raw: (r) => r.fonctionnement, format: { style: "euros", cents: false }, align: "right" },
    { label: "Équipement voté", value: (r) => formatEuros(r.investissement), raw: (r) => r.investissement, format: { style: "euros", cents: false }, align: "right" },
  ], { caption: "EPCI et années du plan qui enfreignent une règle de l’appel à projets", document });
}
