import { type DuckDBConnection, LIST, VARCHAR, dateValue } from "@duckdb/node-api";

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
  const appender = await connection.createAppender(def.name);
  try {
    for (const row of rows) {
      for (const c of def.columns) {
        const v = c.value(row);
        if (v === null) appender.appendNull();
        else if (c.kind === "VARCHAR") appender.appendVarchar(String(v));
        else if (c.kind === "DOUBLE") appender.appendDouble(v as number);
        else if (c.kind === "INTEGER") appender.appendInteger(v as number);
        else if (c.kind === "BOOLEAN") appender.appendBoolean(v as boolean);
        else if (c.kind === "DATE") appender.appendDate(dateValue(daysSinceEpoch(v as string)));
        else appender.appendList(v as string[], VARCHAR_LIST);
      }
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

function daysSinceEpoch(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
}

// Comments are constants of this code base, never user input; still, quotes are doubled.
function quote(text: string): string {
  return text.replaceAll("'", "''");
}
