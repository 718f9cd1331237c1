import { type DuckDBConnection, type DuckDBType, type DuckDBValue, LIST, VARCHAR, listValue } from "@duckdb/node-api";
import type { ExportKind } from "../read/locate-exports.js";
import type { Kept } from "../load/check-rows.js";
import type { Dossier } from "../schemas/dossier.js";
import type { Idee } from "../schemas/idee.js";
import { INSPIR_DISPOSITIFS, STAGES } from "../schemas/vocabulary.js";
import { importTableCsv, withTableCsv } from "./table-csv.js";
import type { ColumnDef, TableDef } from "./table-def.js";
import { DOSSIERS_TABLE, IDEES_TABLE, type MarkerScore, MARQUEURS_TABLE, PAIEMENTS_TABLE, PERSONAL_TABLE } from "./tables.js";
import type { Paiement } from "../schemas/paiement.js";

// Kept rows cross from the checks to DuckDB as one CSV file per export, holding each value once: the columns a table
// derives from another (a commune's name and EPCI, a stage's rank) are joined by SQL, and the personal values ride
// along with their row until SQL moves them to personal_data. JavaScript then writes less, where it is the bottleneck.

/** The tables kept rows go to. */
export type LoadTableName = "dossiers" | "paiements" | "idees" | "marqueurs" | "personal_data";

/** An export whose kept rows reach DuckDB as CSV. */
export type LoadKind = Exclude<ExportKind, "enveloppes">;

/** A personal value of an export: its column in personal_data (the export's header) and in the CSV. */
interface PersonalColumn {
  label: string;
  csvColumn: string;
}

/** How one export's kept rows are written as CSV, then turned into tables by SQL over the staged rows `s`. */
export interface LoadLayout<T> {
  /** The CSV's columns, named as the table's columns they fill (`line` among them). */
  csv: TableDef<T>;
  /** The table the rows fill. */
  table: LoadTableName;
  /** Table columns computed in SQL rather than written: their expression over `s` and `joins`. */
  derived?: Readonly<Record<string, string>>;
  /** Tables joined to `s` for the derived columns. */
  joins?: string;
  /** Parameters the derived expressions use. */
  params?: Readonly<Record<string, { value: DuckDBValue; type: DuckDBType }>>;
  /** Values moved to personal_data, keyed by the CSV column `record_id`. */
  personal?: { recordId: string; columns: readonly PersonalColumn[] };
}

/** The table's columns the CSV writes, then the personal values' columns. */
function csvColumns<T>(table: TableDef<T>, derived: Readonly<Record<string, string>>, personal: readonly ColumnDef<T>[]): TableDef<T> {
  return { name: `${table.name}_csv`, comment: `Kept rows of ${table.name} as written for the import`, columns: [...table.columns.filter((c) => !(c.name in derived)), ...personal] };
}

const DOSSIER_DERIVED = {
  inspir: "list_contains($inspir, s.dispositif)",
  commune_name: "c.name",
  departement: "c.departement",
  versant: "c.versant",
  epci_siren: "c.epci_siren"
} as const satisfies Partial<Record<(typeof DOSSIERS_TABLE.columns)[number]["name"], string>>;

const IDEE_DERIVED = { etape_rank: "list_position($stages, s.etape)" } as const;

/** The layout of each export's kept rows. */
export const LOAD_LAYOUTS = {
  dossiers: {
    table: "dossiers",
    csv: csvColumns(DOSSIERS_TABLE, DOSSIER_DERIVED, [{ name: "personal_contact", kind: "VARCHAR", comment: "Contact", value: (d) => d.contact }]),
    derived: DOSSIER_DERIVED,
    // The communes table is the reference the schema resolved each code against, so every kept code is in it.
    joins: "LEFT JOIN communes c ON c.code = s.commune_code",
    params: { inspir: { value: listValue([...INSPIR_DISPOSITIFS]), type: LIST(VARCHAR) } },
    personal: { recordId: "id", columns: [{ label: "Contact", csvColumn: "personal_contact" }] }
  } satisfies LoadLayout<Kept<Dossier>>,
  paiements: { table: "paiements", csv: PAIEMENTS_TABLE } satisfies LoadLayout<Kept<Paiement>>,
  suivi: {
    table: "idees",
    csv: csvColumns(IDEES_TABLE, IDEE_DERIVED, [
      { name: "personal_porteur", kind: "VARCHAR", comment: "Porteur", value: (i) => i.porteur },
      { name: "personal_email", kind: "VARCHAR", comment: "Email", value: (i) => i.email }
    ]),
    derived: IDEE_DERIVED,
    params: { stages: { value: listValue([...STAGES]), type: LIST(VARCHAR) } },
    personal: {
      recordId: "id",
      columns: [
        { label: "Porteur", csvColumn: "personal_porteur" },
        { label: "Email", csvColumn: "personal_email" }
      ]
    }
  } satisfies LoadLayout<Kept<Idee>>,
  marqueurs: { table: "marqueurs", csv: MARQUEURS_TABLE } satisfies LoadLayout<MarkerScore>
} as const;

/** The tables' definitions by name, for their creation. */
export const LOAD_TABLES: Record<LoadTableName, TableDef<never>> = {
  dossiers: DOSSIERS_TABLE,
  paiements: PAIEMENTS_TABLE,
  idees: IDEES_TABLE,
  marqueurs: MARQUEURS_TABLE,
  personal_data: PERSONAL_TABLE
} as unknown as Record<LoadTableName, TableDef<never>>;

/**
 * Fills the tables of `layout` from a CSV file written for it, in file order, leaving out `excludedLines` (rows whose
 * references failed); `file` is the export's name, recorded with each personal value.
 */
export async function importLayoutCsv<T>(
  connection: DuckDBConnection,
  layout: LoadLayout<T>,
  path: string,
  file: string,
  excludedLines: readonly number[] = []
): Promise<void> {
  const table = LOAD_TABLES[layout.table];
  // Rows written as the table's own columns go straight in.
  if (!layout.derived && !layout.personal) return importTableCsv(connection, table, path, excludedLines);
  await withTableCsv(connection, layout.csv, path, excludedLines, async (rows) => {
    const derived: Readonly<Record<string, string>> = layout.derived ?? {};
    const select = table.columns.map((c) => derived[c.name] ?? `s."${c.name}"`).join(", ");
    const params = layout.params ?? {};
    // A join may reorder rows: ORDER BY restores file order (lines are unique within an export).
    await connection.run(
      `INSERT INTO "${layout.table}" SELECT ${select} FROM ${rows.sql} s ${layout.joins ?? ""} ${layout.joins ? "ORDER BY s.line" : ""}`,
      { ...rows.params, ...Object.fromEntries(Object.entries(params).map(([k, p]) => [k, p.value])) },
      Object.fromEntries(Object.entries(params).map(([k, p]) => [k, p.type]))
    );
    if (!layout.personal) return;
    const { recordId, columns } = layout.personal;
    // One row per value present, in file order and, within a row, in the export's column order.
    const labels = columns.map((_, i) => `$label${i}`).join(", ");
    const values = columns.map((c) => `s."${c.csvColumn}"`).join(", ");
    await connection.run(
      `INSERT INTO personal_data SELECT $file, line, record_id, column_name, value
       FROM (SELECT s.line, s."${recordId}" AS record_id, unnest([${labels}]) AS column_name, unnest([${values}]) AS value FROM ${rows.sql} s)
       WHERE value IS NOT NULL`,
      { ...rows.params, file, ...Object.fromEntries(columns.map((c, i) => [`label${i}`, c.label])) }
    );
  });
}
