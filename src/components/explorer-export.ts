import { dispositifLabel } from "./budget-splits.js";
import { departementLabel } from "./departements.js";
import type { ExplorerRow } from "./explorer-table.js";
import { type ExportTable, type NumberFormat, exportCell } from "./table-download-cells.js";

const EUROS: NumberFormat = { style: "euros", cents: true };

/** The explorer's download: every dossier the filter keeps, identifiers and names in columns of their own, amounts in € from cents. */
export function explorerExport(rows: readonly ExplorerRow[], caption: string): ExportTable {
  const euros = (cents: number) => exportCell(cents / 100, EUROS);
  return {
    caption,
    headers: [
      "N° dossier", "Dispositif", "Organisation", "Commune", "EPCI", "SIREN de l’EPCI", "Département", "Statut", "Date de dépôt", "Date du vote ou du label",
      "Voté fonctionnement (€)", "Voté investissement (€)", "Payé net fonctionnement (€)", "Payé net investissement (€)", "Engagé (€)", "Alertes (codes des règles)"
    ],
    rows: rows.map((r) => [
      exportCell(r.id), exportCell(dispositifLabel(r.dispositif)), exportCell(r.beneficiaire), exportCell(r.commune), exportCell(r.epciName), exportCell(r.epci),
      exportCell(departementLabel(r.departement)), exportCell(r.statut), exportCell(r.depot), exportCell(r.vote),
      euros(r.voteF), euros(r.voteI), euros(r.paidF), euros(r.paidI), euros(r.engaged), exportCell(r.alerts.join(" "))
    ])
  };
}
