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
  await comment(connection, [[`TABLE "${def.name}"`, def.comment], ...def.columns.map((c): [string, string] => [`COLUMN "${def.name}"."${c.name}"`, c.comment])]);
}

/**
 * Writes comments on tables, views or columns, as [target, text] pairs, in one round trip
 * (COMMENT ON takes no parameter; the texts are constants of this code base).
 */
export async function comment(connection: DuckDBConnection, comments: readonly (readonly [string, string])[]): Promise<void> {
  if (comments.length === 0) return;
  // One multi-statement run: a statement per comment cost a round trip each, a third of the sample's statements.
  await connection.run(comments.map(([target, text]) => `COMMENT ON ${target} IS '${text.replaceAll("'", "''")}';`).join("\n"));
}
