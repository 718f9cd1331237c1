import { closeSync, openSync, writeSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { ColumnDef, TableDef } from "./table-def.js";

// Rows reach DuckDB as a CSV file it parses itself: the form a worker thread can hand over, having no connection (in
// one thread it costs about what node-api's appender costs). The dialect below is fixed, so the file is never sniffed,
// and every value round-trips exactly (see test/db/table-csv.test.ts).

/** The one character DuckDB's reader would drop (a leading U+FEFF), and the escape put before it; both are removed on import. */
const ESCAPED_START = /^[\u0001\uFEFF]/;
const NEEDS_QUOTES = /[",\n\r]/;
/** Separates the items of a VARCHAR[] cell; items are vocabulary labels, which never hold it. */
const LIST_SEPARATOR = "\u001F";

/** Writes rows of one table to a CSV file in the dialect importTableCsv reads; `close` flushes and closes it. */
export interface TableCsvWriter<T> {
  append(row: T): void;
  close(): void;
}

/** Opens `path` for the rows of `def`; rows are encoded by code generated for the table's columns. */
export function openTableCsv<T>(def: TableDef<T>, path: string): TableCsvWriter<T> {
  const encode = compileCsvEncoder(def);
  const fd = openSync(path, "w");
  let lines: string[] = [];
  const flush = () => {
    if (lines.length === 0) return;
    writeSync(fd, `${lines.join("\n")}\n`);
    lines = [];
  };
  return {
    append(row: T): void {
      lines.push(encode(row));
      if (lines.length === FLUSH_LINES) flush();
    },
    close(): void {
      try {
        flush();
      } finally {
        closeSync(fd);
      }
    }
  };
}

const FLUSH_LINES = 256;

/**
 * One CSV line for a row of `def`: each column's value function called from its own site (so V8 inlines it), then
 * encoded by kind. NULL is an empty unquoted field; an empty text is `""`.
 */
export function compileCsvEncoder<T>(def: TableDef<T>): (row: T) => string {
  const fields = def.columns.map((c, i) => {
    const v = `v${i}`;
    switch (c.kind) {
      case "VARCHAR":
        return `(${v} === null ? "" : text(${v}))`;
      case "VARCHAR[]":
        return `(${v} === null ? "" : list(${v}))`;
      case "BOOLEAN":
        return `(${v} === null ? "" : ${v} ? "true" : "false")`;
      default:
        // Numbers print as the shortest text that reads back to the same double (but -0 prints as 0); dates are already YYYY-MM-DD.
        return `(${v} === null ? "" : ${v} === 0 && 1 / ${v} < 0 ? "-0" : "" + ${v})`;
    }
  });
  const body = [
    ...def.columns.map((_, i) => `const f${i} = columns[${i}].value;`),
    "return function encodeRow(row) {",
    ...def.columns.map((_, i) => `  const v${i} = f${i}(row);`),
    `  return ${fields.join(' + "," + ')};`,
    "};"
  ].join("\n");
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from the table definition only
  return new Function("columns", "text", "list", body)(def.columns, csvText, csvList) as (row: T) => string;
}

function csvText(value: string): string {
  const escaped = ESCAPED_START.test(value) ? `\u0001${value}` : value;
  return escaped === "" || NEEDS_QUOTES.test(escaped) ? `"${escaped.replaceAll('"', '""')}"` : escaped;
}

function csvList(items: readonly string[]): string {
  for (const item of items) if (item.includes(LIST_SEPARATOR)) throw new Error(`openTableCsv: list item holds the separator: ${JSON.stringify(item)}`);
  return csvText(items.join(LIST_SEPARATOR));
}

/**
 * Appends the rows of a file written by openTableCsv to the existing table `def`, in file order, leaving out the
 * rows whose `line` is in `excludedLines` (the table must then have a `line` column).
 */
export async function importTableCsv<T>(connection: DuckDBConnection, def: TableDef<T>, path: string, excludedLines: readonly number[] = []): Promise<void> {
  await withTableCsv(connection, def, path, excludedLines, (rows) => connection.run(`INSERT INTO "${def.name}" SELECT * FROM ${rows.sql}`, rows.params));
}

/** The rows of a CSV file as an SQL subquery, and the parameters it needs bound. */
export interface TableCsvRows {
  sql: string;
  params: Record<string, string>;
}

/**
 * Runs `use` with the rows of a file written by openTableCsv for `def` as a subquery (columns named and typed as in
 * `def`, rows in file order), leaving out the rows whose `line` is in `excludedLines`.
 */
export async function withTableCsv<T, R>(
  connection: DuckDBConnection,
  def: TableDef<T>,
  path: string,
  excludedLines: readonly number[],
  use: (rows: TableCsvRows) => Promise<R>
): Promise<R> {
  const columns = def.columns.map((c) => `'${c.name}': '${c.kind === "VARCHAR[]" ? "VARCHAR" : c.kind}'`).join(", ");
  const select = def.columns.map((c) => `${decodeColumn(c)} AS "${c.name}"`).join(", ");
  const read = `read_csv($path, header = false, delim = ',', quote = '"', escape = '"', new_line = '\\n', columns = {${columns}}, auto_detect = false, allow_quoted_nulls = false, strict_mode = true)`;
  if (excludedLines.length === 0) return use({ sql: `(SELECT ${select} FROM ${read})`, params: { path } });
  await connection.run(`CREATE OR REPLACE TEMP TABLE excluded_lines AS SELECT unnest(string_split($lines, ','))::INTEGER AS line`, { lines: excludedLines.join(",") });
  try {
    return await use({ sql: `(SELECT ${select} FROM ${read} WHERE "line" NOT IN (SELECT line FROM excluded_lines))`, params: { path } });
  } finally {
    await connection.run("DROP TABLE excluded_lines");
  }
}

function decodeColumn<T>(column: ColumnDef<T>): string {
  const name = `"${column.name}"`;
  const unescaped = `CASE WHEN starts_with(${name}, chr(1)) THEN substr(${name}, 2) ELSE ${name} END`;
  switch (column.kind) {
    case "VARCHAR":
      return unescaped;
    case "VARCHAR[]":
      return `CASE WHEN ${name} = '' THEN []::VARCHAR[] ELSE string_split(${unescaped}, chr(31)) END`;
    default:
      return name;
  }
}
