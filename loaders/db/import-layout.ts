import { type DuckDBConnection, LIST, VARCHAR, listValue } from "@duckdb/node-api";
import { LOAD_TABLES, type LoadLayout } from "./load-layouts.js";
import { importTableCsv, withTableCsv } from "./table-csv.js";

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
    const params = Object.entries(layout.params ?? {});
    // A join may reorder rows: ORDER BY restores file order (lines are unique within an export), or the layout's order.
    await connection.run(
      `INSERT INTO "${layout.table}" SELECT ${select} FROM ${rows.sql} s ${layout.joins ?? ""} ${layout.joins ? `ORDER BY ${layout.orderBy ?? "s.line"}` : ""}`,
      { ...rows.params, ...Object.fromEntries(params.map(([k, texts]) => [k, listValue([...texts])])) },
      Object.fromEntries(params.map(([k]) => [k, LIST(VARCHAR)]))
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
