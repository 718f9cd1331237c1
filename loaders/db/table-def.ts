import {
  BOOLEAN,
  DATE,
  DOUBLE,
  type DuckDBConnection,
  DuckDBDataChunk,
  type DuckDBType,
  type DuckDBValue,
  INTEGER,
  LIST,
  VARCHAR,
  dateValue,
  listValue
} from "@duckdb/node-api";

/** Column types the project's tables use. */
export type ColumnKind = "VARCHAR" | "DOUBLE" | "INTEGER" | "BOOLEAN" | "DATE" | "VARCHAR[]";

/** One column: its name, type, meaning (written as a DuckDB comment) and how a row gives its value. */
export interface ColumnDef<T> {
  name: string;
  kind: ColumnKind;
  comment: string;
  value: (row: T) => string | number | boolean | null | readonly string[];
}

/** A table described once, so that its DDL, its comments and its appender cannot drift apart. */
export interface TableDef<T> {
  name: string;
  comment: string;
  columns: readonly ColumnDef<T>[];
}

const VARCHAR_LIST = LIST(VARCHAR);

/** Creates the table with its comments and appends the rows through DuckDB's appender. */
export async function writeTable<T>(connection: DuckDBConnection, def: TableDef<T>, rows: Iterable<T>): Promise<void> {
  const columns = def.columns.map((c) => `"${c.name}" ${c.kind}`).join(", ");
  await connection.run(`CREATE OR REPLACE TABLE "${def.name}" (${columns})`);
  await connection.run(`COMMENT ON TABLE "${def.name}" IS '${quote(def.comment)}'`);
  for (const c of def.columns) await connection.run(`COMMENT ON COLUMN "${def.name}"."${c.name}" IS '${quote(c.comment)}'`);
  const types = def.columns.map((c) => DUCKDB_TYPES[c.kind]);
  const appender = await connection.createAppender(def.name);
  try {
    // Column-wise chunks of 2 048 rows: one native call per chunk instead of one per value.
    let columns: DuckDBValue[][] = def.columns.map(() => []);
    const flush = () => {
      const chunk = DuckDBDataChunk.create(types, columns[0]!.length);
      chunk.setColumns(columns);
      appender.appendDataChunk(chunk);
      columns = def.columns.map(() => []);
    };
    for (const row of rows) {
      for (let i = 0; i < def.columns.length; i++) columns[i]!.push(duckdbValue(def.columns[i]!, row));
      if (columns[0]!.length === CHUNK_ROWS) flush();
    }
    if (def.columns.length > 0 && columns[0]!.length > 0) flush();
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

/** DuckDB's standard vector size: a data chunk holds at most this many rows. */
const CHUNK_ROWS = 2048;

const DUCKDB_TYPES: Record<ColumnKind, DuckDBType> = {
  VARCHAR: VARCHAR,
  DOUBLE: DOUBLE,
  INTEGER: INTEGER,
  BOOLEAN: BOOLEAN,
  DATE: DATE,
  "VARCHAR[]": VARCHAR_LIST
};

function duckdbValue<T>(column: ColumnDef<T>, row: T): DuckDBValue {
  const v = column.value(row);
  if (v === null) return null;
  switch (column.kind) {
    case "VARCHAR":
      return String(v);
    case "DATE":
      return dateValue(daysSinceEpoch(v as string));
    case "VARCHAR[]":
      return listValue(v as string[]);
    default:
      return v as number | boolean;
  }
}

function daysSinceEpoch(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
}

// Comments are constants of this code base, never user input; still, quotes are doubled.
function quote(text: string): string {
  return text.replaceAll("'", "''");
}
