import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../../loaders/db/with-connection.js";

/** Everything an analyst can read from a database: tables and views, their columns and comments, and their rows. */
export interface DatabaseContent {
  relations: { name: string; kind: string; comment: string | null }[];
  columns: { relation: string; column: string; type: string; comment: string | null }[];
  /** Each relation's rows ordered by all their columns. */
  sorted: Record<string, unknown[]>;
  /** Each table's rows in the order a plain `SELECT *` returns them (views are left out: a join may come in any order). */
  stored: Record<string, unknown[]>;
}

/**
 * Reads the content of every table and view; `without` drops columns (e.g. `line`, which a change of row order
 * legitimately moves) and `skip` whole relations.
 */
export async function databaseContent(connection: DuckDBConnection, options: { without?: readonly string[]; skip?: readonly string[] } = {}): Promise<DatabaseContent> {
  const without = new Set(options.without ?? []);
  const skip = new Set(options.skip ?? []);
  const relations = (
    await queryRows<{ name: string; kind: string; comment: string | null }>(
      connection,
      `SELECT table_name AS name, 'table' AS kind, comment FROM duckdb_tables()
       UNION ALL SELECT view_name, 'view', comment FROM duckdb_views() WHERE NOT internal ORDER BY name`
    )
  ).filter((r) => !skip.has(r.name));
  const columns = (
    await queryRows<{ relation: string; column: string; type: string; comment: string | null }>(
      connection,
      `SELECT table_name AS relation, column_name AS "column", data_type AS type, comment FROM duckdb_columns() WHERE NOT internal ORDER BY table_name, column_index`
    )
  ).filter((c) => !skip.has(c.relation));
  const sorted: Record<string, unknown[]> = {};
  const stored: Record<string, unknown[]> = {};
  for (const { name, kind } of relations) {
    const kept = columns.filter((c) => c.relation === name && !without.has(c.column)).map((c) => `"${c.column}"`);
    if (kept.length === 0) continue;
    sorted[name] = await queryRows(connection, `SELECT ${kept.join(", ")} FROM "${name}" ORDER BY ALL`);
    if (kind === "table") stored[name] = await queryRows(connection, `SELECT ${kept.join(", ")} FROM "${name}"`);
  }
  return { relations, columns, sorted, stored };
}

/** The first line where two texts differ, with both versions, or null when they are the same. */
export function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  const la = a.split("\n");
  const lb = b.split("\n");
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}:\n  first:  ${la[i] ?? "(end)"}\n  second: ${lb[i] ?? "(end)"}`;
  }
  return "same lines, different line ends";
}
