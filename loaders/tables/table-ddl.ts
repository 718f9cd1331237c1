import type { DuckDBConnection } from "@duckdb/node-api";
import type { SqlType } from "../schemas/cell-parser.js";

/** A table described once, so that its DDL and its comments cannot drift apart. */
export interface TableDef {
  name: string;
  comment: string;
  columns: readonly { name: string; type: SqlType; comment: string }[];
}

/** Creates (or replaces) the empty table with its comments. */
export async function createTable(connection: DuckDBConnection, def: TableDef): Promise<void> {
  await connection.run(`CREATE OR REPLACE TABLE "${def.name}" (${def.columns.map((c) => `"${c.name}" ${c.type}`).join(", ")})`);
  await comment(connection, `TABLE "${def.name}"`, def.comment);
  for (const c of def.columns) await comment(connection, `COLUMN "${def.name}"."${c.name}"`, c.comment);
}

/** Writes a comment on a table, view or column (COMMENT ON takes no parameter; the text is a constant of this code base). */
export async function comment(connection: DuckDBConnection, target: string, text: string): Promise<void> {
  await connection.run(`COMMENT ON ${target} IS '${text.replaceAll("'", "''")}'`);
}
