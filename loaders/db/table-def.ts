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
  /** VARCHAR with few distinct values (labels, codes): appended as dictionary codes, decoded by DuckDB. */
  repeats?: true;
}

/** A table described once, so that its DDL, its comments and its appender cannot drift apart. */
export interface TableDef<T> {
  name: string;
  comment: string;
  columns: readonly ColumnDef<T>[];
}

const VARCHAR_LIST = LIST(VARCHAR);

/** Rows appended one at a time to a table being written; `close` completes the table. */
export interface TableAppender<T> {
  append(row: T): void;
  close(): Promise<void>;
}

/** Creates the table with its comments and appends the rows through DuckDB's appender; see openTableAppender. */
export async function writeTable<T>(connection: DuckDBConnection, def: TableDef<T>, rows: Iterable<T>): Promise<void> {
  const appender = await openTableAppender(connection, def);
  for (const row of rows) appender.append(row);
  await appender.close();
}

/**
 * Creates the table with its comments and opens an appender that writes rows in column-wise chunks of 2 048.
 * Columns marked `repeats` go through a staging table as integer codes, and `close` decodes them with one
 * INSERT … SELECT: node-api writes each string with its own native call, which dominated the load of large exports.
 */
export async function openTableAppender<T>(connection: DuckDBConnection, def: TableDef<T>): Promise<TableAppender<T>> {
  await createTable(connection, def);
  const coded = def.columns.some((c) => c.repeats);
  const target = coded ? `${def.name}__staging` : def.name;
  if (coded) await connection.run(`CREATE OR REPLACE TEMP TABLE "${target}" (${def.columns.map((c) => `"${c.name}" ${c.repeats ? "INTEGER" : c.kind}`).join(", ")})`);
  const dictionaries = def.columns.map((c) => (c.repeats ? new Map<string, number>() : undefined));
  const types = def.columns.map((c) => (c.repeats ? INTEGER : DUCKDB_TYPES[c.kind]));
  const appender = await connection.createAppender(target);
  let columns: DuckDBValue[][] = def.columns.map(() => []);
  let pending = 0;
  const flush = () => {
    const chunk = DuckDBDataChunk.create(types, pending);
    chunk.setColumns(columns);
    appender.appendDataChunk(chunk);
    columns = def.columns.map(() => []);
    pending = 0;
  };
  return {
    append(row: T): void {
      for (let i = 0; i < def.columns.length; i++) {
        const column = def.columns[i]!;
        const dictionary = dictionaries[i];
        columns[i]!.push(dictionary ? codeOf(dictionary, column.value(row) as string | null) : duckdbValue(column, row));
      }
      if (++pending === CHUNK_ROWS) flush();
    },
    async close(): Promise<void> {
      try {
        if (pending > 0) flush();
        appender.flushSync();
      } finally {
        appender.closeSync();
      }
      if (!coded) return;
      const values: Record<string, DuckDBValue> = {};
      const valueTypes: Record<string, DuckDBType> = {};
      const select = def.columns.map((c, i) => {
        const dictionary = dictionaries[i];
        if (!dictionary) return `"${c.name}"`;
        values[`d${i}`] = listValue([...dictionary.keys()]);
        valueTypes[`d${i}`] = VARCHAR_LIST;
        return `list_extract($d${i}, "${c.name}" + 1)`;
      });
      await connection.run(`INSERT INTO "${def.name}" SELECT ${select.join(", ")} FROM "${target}"`, values, valueTypes);
      await connection.run(`DROP TABLE "${target}"`);
    }
  };
}

/** Creates (or replaces) the empty table with its comments. */
export async function createTable<T>(connection: DuckDBConnection, def: TableDef<T>): Promise<void> {
  await connection.run(`CREATE OR REPLACE TABLE "${def.name}" (${def.columns.map((c) => `"${c.name}" ${c.kind}`).join(", ")})`);
  await connection.run(`COMMENT ON TABLE "${def.name}" IS '${quote(def.comment)}'`);
  for (const c of def.columns) await connection.run(`COMMENT ON COLUMN "${def.name}"."${c.name}" IS '${quote(c.comment)}'`);
}

/** The value's code in its column's dictionary (0-based, in order of first appearance). */
function codeOf(dictionary: Map<string, number>, value: string | null): number | null {
  if (value === null) return null;
  let code = dictionary.get(value);
  if (code === undefined) dictionary.set(value, (code = dictionary.size));
  return code;
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

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, by arithmetic (Date.parse per value cost half a second at 1000×). */
export function daysSinceEpoch(isoDate: string): number {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  // Howard Hinnant's days_from_civil: exact for every proleptic Gregorian date.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

// Comments are constants of this code base, never user input; still, quotes are doubled.
function quote(text: string): string {
  return text.replaceAll("'", "''");
}
