import type { ExportKind } from "../read/locate-exports.js";
import type { CellParser, SqlType, Verdict } from "./cell-parser.js";

/** A typed column computed by SQL from the checked values of its row (and the tables `joins` brings in). */
export interface DerivedColumn {
  name: string;
  type: SqlType;
  comment: string;
  /** Over the checked row `c` and the export's joins. */
  sql: string;
}

/** A column an export may hold: everything about it is said here once, and the load derives the rest. */
export interface ColumnSpec {
  /** Header as the contract spells it, matched after normalisation (case, accents, punctuation). */
  header: string;
  /** Its SQL name, in the raw table and the typed table. */
  name: string;
  cell: CellParser;
  /** The load fails when the column is absent. */
  required?: boolean;
  /** Meaning of the typed column, in French (a DuckDB comment). */
  comment: string;
  /** Personal data: moved to personal_data, never into the typed table. */
  personal?: boolean;
  /**
   * A second reading, once the row's cells are valid and only where `when` (SQL over the row's values) holds: the
   * column is null elsewhere. Its fault is a row rule's, placed by `rowRules`.
   */
  rowParse?: { when: string; type: SqlType; parse: (text: string | null) => Verdict; /** SQL value where `when` fails (default NULL). */ otherwise?: string };
  /** Typed columns computed from this one, placed after it. */
  derived?: readonly DerivedColumn[];
}

/** A rule over a row whose cells are valid: `reason` is SQL giving the rejection reason, or NULL when the row passes. */
export interface RowRule {
  column: string;
  reason: string;
}

/** A reference to the dossiers export: the value must name a kept dossier (of `dispositif`, when given). */
export interface DossierReference {
  column: string;
  dispositif?: string;
}

/** One export: its columns, and the rules between them. */
export interface ExportSpec {
  kind: ExportKind;
  /** The typed table's name and French comment. */
  table: string;
  comment: string;
  columns: readonly ColumnSpec[];
  /** The identifier column, whose repeats are rejected (the later rows). */
  key?: string;
  /** In the order their faults are reported: a RowRule, or the name of a column with a rowParse. */
  rowRules?: readonly (RowRule | string)[];
  references?: readonly DossierReference[];
  /** SQL joins the derived columns read. */
  joins?: string;
  /** Columns written as rows of the typed table (long form): one row per column listed, with its rank and header. */
  unpivot?: { columns: readonly string[]; rank: DerivedColumn; label: DerivedColumn; value: DerivedColumn };
}

/** A text constant of this code base quoted for SQL (views and rules cannot keep bound parameters). */
export function sqlText(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** A list of text constants for SQL `IN (…)`. */
export function sqlList(values: readonly string[]): string {
  return values.map(sqlText).join(", ");
}
