import { type DuckDBConnection, LIST, VARCHAR, listValue } from "@duckdb/node-api";
import { checkedTable } from "../check/check-export.js";
import type { RawExport } from "../raw/raw-table.js";
import { type TableDef, createTable } from "./table-ddl.js";

export const FILES: TableDef = {
  name: "files",
  comment: "Un fichier d'export lu par ligne : lignes lues = gardées + rejetées",
  columns: [
    { name: "file", type: "VARCHAR", comment: "Nom du fichier tel que trouvé" },
    { name: "kind", type: "VARCHAR", comment: "Export (dossiers, paiements, suivi, marqueurs, enveloppes)" },
    { name: "format", type: "VARCHAR", comment: "Comment il a été lu (format, encodage, séparateur)" },
    { name: "read", type: "INTEGER", comment: "Lignes de données lues" },
    { name: "kept", type: "INTEGER", comment: "Lignes gardées" },
    { name: "rejected", type: "INTEGER", comment: "Lignes rejetées" },
    { name: "extra_columns", type: "VARCHAR[]", comment: "Colonnes ignorées" }
  ]
};

export const REJECTED: TableDef = {
  name: "rejected",
  comment: "Lignes rejetées : écartées de tous les indicateurs",
  columns: [
    { name: "file", type: "VARCHAR", comment: "Nom du fichier" },
    { name: "line", type: "INTEGER", comment: "Ligne (en-tête = 1)" },
    { name: "column_name", type: "VARCHAR", comment: "Colonne(s) en faute" },
    { name: "value", type: "VARCHAR", comment: "Valeur(s) en faute" },
    { name: "reason", type: "VARCHAR", comment: "Motif" }
  ]
};

export const PERSONAL_DATA: TableDef = {
  name: "personal_data",
  comment: "DONNÉES PERSONNELLES (Contact, Porteur, Email des lignes gardées) : à ne jamais publier",
  columns: [
    { name: "file", type: "VARCHAR", comment: "Nom du fichier" },
    { name: "line", type: "INTEGER", comment: "Ligne" },
    { name: "record_id", type: "VARCHAR", comment: "N° dossier ou N° idée" },
    { name: "column_name", type: "VARCHAR", comment: "Contact, Porteur ou Email" },
    { name: "value", type: "VARCHAR", comment: "La donnée personnelle" }
  ]
};

/** Creates the reports' tables, empty. */
export async function createReportTables(connection: DuckDBConnection): Promise<void> {
  for (const def of [FILES, REJECTED, PERSONAL_DATA]) await createTable(connection, def);
}

/**
 * Reports what the load made of the export: its counts in `files`, and one row per rejected row in `rejected`, several
 * faults joined (« A ; B », each reason after its column).
 */
export async function reportExport(connection: DuckDBConnection, raw: RawExport): Promise<void> {
  const checked = `"${checkedTable(raw.spec)}"`;
  await connection.run(
    `INSERT INTO files SELECT $file, $kind, $format, count(*), count(*) FILTER (WHERE len(faults) = 0), count(*) FILTER (WHERE len(faults) > 0), $extra FROM ${checked}`,
    { file: raw.file, kind: raw.spec.kind, format: raw.format, extra: listValue(raw.binding.extra) },
    { extra: LIST(VARCHAR) }
  );
  await connection.run(
    `INSERT INTO rejected
     SELECT $file, line,
            CASE WHEN len(faults) = 1 THEN faults[1].column ELSE array_to_string(list_transform(faults, f -> f.column), ' ; ') END,
            CASE WHEN len(faults) = 1 THEN faults[1].value ELSE array_to_string(list_transform(faults, f -> f.value), ' ; ') END,
            CASE WHEN len(faults) = 1 THEN faults[1].reason ELSE array_to_string(list_transform(faults, f -> f.column || ' : ' || f.reason), ' ; ') END
     FROM ${checked} WHERE len(faults) > 0 ORDER BY line`,
    { file: raw.file }
  );
}
