import type { DuckDBConnection } from "@duckdb/node-api";
import { type TableDef, createTable } from "./table-ddl.js";

export const EXPORTS: TableDef = {
  name: "exports",
  comment: "Un export reçu par ligne, du plus ancien au plus récent : le courant alimente toutes les autres tables",
  columns: [
    { name: "date", type: "DATE", comment: "Date de l'export (nom de son sous-dossier, ou dernière date de ses lignes)" },
    { name: "current", type: "BOOLEAN", comment: "L'export courant (le plus récent)" },
    { name: "files", type: "VARCHAR[]", comment: "Fichiers lus" },
    { name: "read", type: "INTEGER", comment: "Lignes de données lues, tous fichiers" },
    { name: "kept", type: "INTEGER", comment: "Lignes gardées" },
    { name: "rejected", type: "INTEGER", comment: "Lignes rejetées" }
  ]
};

export const HISTORY: TableDef = {
  name: "history",
  comment: "Chiffres clés de chaque export (INS'pir), par date",
  columns: [
    { name: "date", type: "DATE", comment: "Date de l'export" },
    { name: "envelope", type: "DOUBLE", comment: "Enveloppe à cette date (€)" },
    { name: "engaged", type: "DOUBLE", comment: "Engagé (€)" },
    { name: "paid", type: "DOUBLE", comment: "Mandaté, reversements déduits (€)" },
    { name: "events", type: "INTEGER", comment: "Événements comptés" }
  ]
};

/** The kinds of `changes` rows, in the order the Évolutions page lists them. */
export const CHANGE_KINDS = ["new-dossier", "status-change", "new-payment", "new-alert", "resolved-alert", "new-rejected", "resolved-rejected"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGES: TableDef = {
  name: "changes",
  comment: "Ce qui a changé entre l'export précédent et l'export courant (lignes gardées de chacun)",
  columns: [
    { name: "kind", type: "VARCHAR", comment: "new-dossier, status-change, new-payment, new-alert, resolved-alert, new-rejected ou resolved-rejected" },
    { name: "dossier_id", type: "VARCHAR", comment: "N° dossier concerné" },
    { name: "mandat", type: "VARCHAR", comment: "N° mandat d'un nouveau paiement" },
    { name: "from_value", type: "VARCHAR", comment: "Avant : statut, ou règle d'une alerte résolue" },
    { name: "to_value", type: "VARCHAR", comment: "Après : statut, type de paiement, règle d'une alerte, motif d'un rejet" },
    { name: "amount", type: "DOUBLE", comment: "Montant d'un nouveau paiement, négatif pour un reversement (€)" },
    { name: "day", type: "DATE", comment: "Date du paiement, du vote ou du dépôt selon le cas" },
    { name: "file", type: "VARCHAR", comment: "Fichier d'une ligne rejetée" },
    { name: "value", type: "VARCHAR", comment: "Valeur en faute d'une ligne rejetée" }
  ]
};

/** Creates the three tables of the exports over time, empty. */
export async function createHistoryTables(connection: DuckDBConnection): Promise<void> {
  for (const def of [EXPORTS, HISTORY, CHANGES]) await createTable(connection, def);
}

/**
 * Fills `changes` from the previous export's tables (attached as catalog `previous`) to the current one's (the
 * default catalog), by the contract's identities: N° dossier, N° mandat.
 */
export async function writeChanges(connection: DuckDBConnection, previous: string): Promise<void> {
  const p = `"${previous}"`;
  await connection.run(
    `INSERT INTO changes (kind, dossier_id, mandat, from_value, to_value, amount, day, file, value)
     SELECT 'new-dossier', c.id, NULL, NULL, c.statut, NULL, c.date_depot, NULL, NULL
       FROM dossiers c ANTI JOIN ${p}.dossiers o ON o.id = c.id
     UNION ALL
     SELECT 'status-change', c.id, NULL, o.statut, c.statut, NULL, c.date_vote, NULL, NULL
       FROM dossiers c JOIN ${p}.dossiers o ON o.id = c.id WHERE o.statut <> c.statut
     UNION ALL
     SELECT 'new-payment', c.dossier_id, c.mandat, NULL, c.type, c.net_amount, c.date_paiement, NULL, NULL
       FROM paiements c ANTI JOIN ${p}.paiements o ON o.mandat = c.mandat
     UNION ALL
     SELECT 'new-alert', c.dossier_id, NULL, NULL, string_agg(DISTINCT c.rule, ', ' ORDER BY c.rule), NULL, NULL, NULL, NULL
       FROM alerts c ANTI JOIN ${p}.alerts o ON o.dossier_id = c.dossier_id GROUP BY c.dossier_id
     UNION ALL
     SELECT 'resolved-alert', o.dossier_id, NULL, string_agg(DISTINCT o.rule, ', ' ORDER BY o.rule), NULL, NULL, NULL, NULL, NULL
       FROM ${p}.alerts o ANTI JOIN alerts c ON c.dossier_id = o.dossier_id GROUP BY o.dossier_id
     UNION ALL
     -- Rows move between exports: a rejection is the same when its file, column, value and reason are.
     SELECT 'new-rejected', NULL, NULL, NULL, c.reason, NULL, NULL, c.file, c.value
       FROM rejected c ANTI JOIN ${p}.rejected o USING (file, column_name, value, reason)
     UNION ALL
     SELECT 'resolved-rejected', NULL, NULL, o.reason, NULL, NULL, NULL, o.file, o.value
       FROM ${p}.rejected o ANTI JOIN rejected c USING (file, column_name, value, reason)`
  );
}
