import type { DuckDBConnection } from "@duckdb/node-api";

/** A query's answer as text cells (null for SQL NULL), with which columns are numbers, for printing. */
export interface QueryResult {
  columns: string[];
  numeric: boolean[];
  rows: (string | number | boolean | null)[][];
}

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL)/;
const INTEGER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)/;

/** Runs one SQL text and reads its rows: integers as numbers when exact (DuckDB returns BIGINT as text here), dates as `AAAA-MM-JJ`. */
export async function runQuery(connection: DuckDBConnection, sql: string): Promise<QueryResult> {
  const reader = await connection.runAndReadAll(sql);
  const types = reader.columnTypes().map((t) => t.toString());
  const numeric = types.map((t) => NUMERIC.test(t));
  const rows = reader.getRowsJson().map((row) =>
    row.map((cell, i) => {
      if (cell === null || typeof cell === "boolean" || typeof cell === "number") return cell;
      if (typeof cell === "string") return INTEGER.test(types[i]!) && Number.isSafeInteger(Number(cell)) ? Number(cell) : cell;
      return JSON.stringify(cell);
    })
  );
  return { columns: reader.columnNames(), numeric, rows };
}
