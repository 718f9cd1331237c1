import type { ExportKind } from "../read/locate-exports.js";
import type { Kept } from "../load/check-rows.js";
import type { Dossier } from "../schemas/dossier.js";
import type { Idee } from "../schemas/idee.js";
import type { Paiement } from "../schemas/paiement.js";
import type { Marqueur } from "../schemas/marqueur.js";
import { GODIN_MARKERS, INSPIR_DISPOSITIFS, STAGES } from "../schemas/vocabulary.js";
import type { ColumnDef, TableDef } from "./table-def.js";
import { ASSESSMENT_COLUMNS, DOSSIERS_TABLE, IDEES_TABLE, MARQUEURS_TABLE, PAIEMENTS_TABLE, PERSONAL_TABLE } from "./tables.js";

// Data only, no DuckDB: the worker thread that writes the CSV files loads this module (the import is import-layout.ts).
// Kept rows cross from the checks to DuckDB as one CSV file per export, holding each value once: the columns a table
// derives from another (a commune's name and EPCI, a stage's rank) are joined or computed by SQL, and the personal values ride
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

/** How one export's kept rows are written as CSV, then turned into tables by SQL over the file's rows `s`. */
export interface LoadLayout<T> {
  /** The CSV's columns, named as the table's columns they fill (`line` among them). */
  csv: TableDef<T>;
  /** The table the rows fill. */
  table: LoadTableName;
  /** Table columns computed in SQL rather than written: their expression over `s` and `joins`. */
  derived?: Readonly<Record<string, string>>;
  /** Tables joined to `s` for the derived columns. */
  joins?: string;
  /** The order of the joined rows (a join may reorder them): file order by default, `s.line`. */
  orderBy?: string;
  /** Lists of texts the derived expressions use, bound as VARCHAR[] parameters. */
  params?: Readonly<Record<string, readonly string[]>>;
  /** Values moved to personal_data, each with the row's identifier (the CSV column `recordId`). */
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
} as const;

const IDEE_DERIVED = { etape_rank: "list_position($stages, s.etape)" } as const;

// An assessment is written once with its twelve scores; SQL unpivots it into one row per marker (the table's long form).
const MARQUEUR_DERIVED = {
  marker_rank: "m.rank",
  marker: "m.marker",
  score: `[${GODIN_MARKERS.map((_, i) => `s.score_${i + 1}`).join(", ")}][m.rank]`
} as const;

const MARQUEURS_CSV: TableDef<Kept<Marqueur>> = {
  name: "marqueurs_csv",
  comment: "Kept assessments as written for the import, one score column per marker",
  columns: [
    ...ASSESSMENT_COLUMNS,
    ...GODIN_MARKERS.map((marker, i): ColumnDef<Kept<Marqueur>> => ({ name: `score_${i + 1}`, kind: "DOUBLE", comment: marker, value: (m) => m.scores[marker] }))
  ]
};

/** The layout of each export's kept rows. */
export const LOAD_LAYOUTS = {
  dossiers: {
    table: "dossiers",
    csv: csvColumns(DOSSIERS_TABLE, DOSSIER_DERIVED, [{ name: "personal_contact", kind: "VARCHAR", comment: "Contact", value: (d) => d.contact }]),
    derived: DOSSIER_DERIVED,
    // The communes table is the reference the schema resolved each code against, so every kept code is in it.
    joins: "LEFT JOIN communes c ON c.code = s.commune_code",
    params: { inspir: INSPIR_DISPOSITIFS },
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
    params: { stages: STAGES },
    personal: {
      recordId: "id",
      columns: [
        { label: "Porteur", csvColumn: "personal_porteur" },
        { label: "Email", csvColumn: "personal_email" }
      ]
    }
  } satisfies LoadLayout<Kept<Idee>>,
  marqueurs: {
    table: "marqueurs",
    csv: MARQUEURS_CSV,
    derived: MARQUEUR_DERIVED,
    joins: "CROSS JOIN (SELECT unnest($markers) AS marker, generate_subscripts($markers, 1) AS rank) m",
    orderBy: "s.line, m.rank",
    params: { markers: GODIN_MARKERS }
  } satisfies LoadLayout<Kept<Marqueur>>
} as const;

/** The tables' definitions by name, for their creation. */
export const LOAD_TABLES: Record<LoadTableName, TableDef<never>> = {
  dossiers: DOSSIERS_TABLE,
  paiements: PAIEMENTS_TABLE,
  idees: IDEES_TABLE,
  marqueurs: MARQUEURS_TABLE,
  personal_data: PERSONAL_TABLE
} as unknown as Record<LoadTableName, TableDef<never>>;
