import type { DuckDBConnection } from "@duckdb/node-api";
import type { StagedExport } from "../read/stage-export.js";
import type { ExportSpec } from "../schemas/export-spec.js";
import type { ColumnBinding } from "./bind-columns.js";

/** An export in its raw table `raw_<kind>`: `line`, then one VARCHAR per column of its spec, as read (NULL when empty or absent). */
export interface RawExport extends StagedExport {
  spec: ExportSpec;
  table: string;
  binding: ColumnBinding;
  /** Data records read (header and blank records excluded). */
  read: number;
}

/** DuckDB's default longest line (bytes); a longer staged record raises it. */
const DEFAULT_MAX_LINE_BYTES = 2_097_152;

/**
 * Has DuckDB read a staging file (see stageExport) into the export's raw table: every column as text, untrimmed (the
 * checks trim), and, for a CSV, the records whose cells are all blank left out.
 */
export async function loadRawTable(connection: DuckDBConnection, spec: ExportSpec, staged: StagedExport, binding: ColumnBinding, path: string): Promise<RawExport> {
  const width = staged.headers.length;
  const cells = Array.from({ length: width }, (_, i) => `c${i}`);
  const columns = `{'line': 'INTEGER', 'beyond': 'VARCHAR', ${cells.map((c) => `'${c}': 'VARCHAR'`).join(", ")}}`;
  const values = spec.columns.map((c) => {
    const p = binding.positions[c.name];
    return `${p === undefined ? "NULL::VARCHAR" : `c${p}`} AS "${c.name}"`;
  });
  // Every cell blank exactly when their concatenation is: one trim a record instead of one a cell.
  const blank = `js_trim(concat(${cells.join(", ")})) = ''`;
  // Each staged line is one record; a UTF-8 character takes at most three bytes per UTF-16 unit.
  const maxLine = Math.max(DEFAULT_MAX_LINE_BYTES, 3 * staged.longestLine + 1024);
  const table = `raw_${spec.kind}`;
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE "${table}" AS
     SELECT line, ${values.join(", ")}
     FROM read_csv($path, delim='${staged.separator}', quote='"', escape='"', header=false, auto_detect=false, new_line='\\n',
                   columns=${columns}, max_line_size=${maxLine}, buffer_size=${Math.max(16 * DEFAULT_MAX_LINE_BYTES, 2 * maxLine)})
     ${staged.skipBlankRecords ? `WHERE coalesce(beyond, '') <> '' OR NOT (${blank})` : ""}`,
    { path }
  );
  const reader = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM "${table}"`);
  const read = reader.getRowObjectsJS()[0]!.n as number;
  return { ...staged, spec, table, binding, read };
}

/** Drops an export's working tables (checked rows, verdicts) once its typed rows and reports are written. */
export async function dropLoadTables(connection: DuckDBConnection, raw: RawExport): Promise<void> {
  await connection.run(`DROP TABLE IF EXISTS "checked_${raw.spec.kind}"`);
  // Its verdict tables: verdicts_<kind>_<column> and row_verdicts_<kind>_<column>.
  const verdicts = await connection.runAndReadAll("SELECT table_name AS name FROM duckdb_tables() WHERE temporary AND regexp_matches(table_name, $pattern)", {
    pattern: `^(row_)?verdicts_${raw.spec.kind}_`
  });
  for (const { name } of verdicts.getRowObjectsJS()) await connection.run(`DROP TABLE "${name as string}"`);
}
