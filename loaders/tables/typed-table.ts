import type { DuckDBConnection } from "@duckdb/node-api";
import { checkedTable } from "../check/check-export.js";
import type { SqlType } from "../schemas/cell-parser.js";
import { type ExportSpec, sqlText } from "../schemas/export-spec.js";
import { createTable } from "./table-ddl.js";

/** A column of a typed table: its name, type, French comment and the SQL that computes it from the checked row `c`. */
export interface TypedColumn {
  name: string;
  type: SqlType;
  comment: string;
  sql: string;
}

const LINE: TypedColumn = { name: "line", type: "INTEGER", comment: "Ligne dans l'export (en-tête = ligne 1 ; ligne de la feuille pour un XLSX)", sql: "c.line" };

/** The typed table's columns, from the spec: each column that is not personal, its derived columns after it, `line` second. */
export function typedColumns(spec: ExportSpec): TypedColumn[] {
  const unpivoted = new Set(spec.unpivot?.columns ?? []);
  const columns: TypedColumn[] = [];
  for (const column of spec.columns) {
    if (column.personal || unpivoted.has(column.name)) continue;
    const type = column.rowParse?.type ?? (column.cell.kind === "text" ? "VARCHAR" : column.cell.type);
    columns.push({ name: column.name, type, comment: column.comment, sql: `c."${column.name}"` });
    for (const d of column.derived ?? []) columns.push({ ...d });
  }
  columns.splice(1, 0, LINE);
  if (spec.unpivot) {
    const { rank, label, value } = spec.unpivot;
    columns.push({ ...rank, sql: "u.rank" }, { ...label, sql: "u.label" }, { ...value, sql: "u.value" });
  }
  return columns;
}

/** Creates the export's typed table with its comments (empty: an absent optional export leaves it so). */
export async function createTypedTable(connection: DuckDBConnection, spec: ExportSpec): Promise<void> {
  await createTable(connection, { name: spec.table, comment: spec.comment, columns: typedColumns(spec) });
}

/** Fills the typed table with the export's kept rows, in file order, and their personal values into personal_data. */
export async function insertKeptRows(connection: DuckDBConnection, spec: ExportSpec, file: string): Promise<void> {
  const columns = typedColumns(spec);
  let from = `"${checkedTable(spec)}" c ${spec.joins ?? ""}`;
  let order = "c.line";
  if (spec.unpivot) {
    const byName = new Map(spec.columns.map((c) => [c.name, c]));
    const rows = spec.unpivot.columns.map((name, i) => `(${i + 1}, ${sqlText(byName.get(name)!.header)}, c."${name}")`);
    from += `, LATERAL (VALUES ${rows.join(", ")}) u(rank, label, value)`;
    order += ", u.rank";
  }
  await connection.run(`INSERT INTO "${spec.table}" SELECT ${columns.map((c) => c.sql).join(", ")} FROM ${from} WHERE len(c.faults) = 0 ORDER BY ${order}`);
  const personal = spec.columns.filter((c) => c.personal);
  if (personal.length === 0) return;
  const values = personal.map((c, i) => `(${i}, ${sqlText(c.header)}, c."${c.name}")`);
  await connection.run(
    `INSERT INTO personal_data SELECT $file, c.line, c."${spec.key}", p.column_name, p.value
     FROM "${checkedTable(spec)}" c, LATERAL (VALUES ${values.join(", ")}) p(rank, column_name, value)
     WHERE len(c.faults) = 0 AND p.value IS NOT NULL ORDER BY c.line, p.rank`,
    { file }
  );
}
