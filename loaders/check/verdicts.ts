import { BOOLEAN, DOUBLE, type DuckDBConnection, DuckDBDataChunk, type DuckDBType, type DuckDBValue, INTEGER, LIST, VARCHAR, listValue } from "@duckdb/node-api";
import type { SqlType, Verdict } from "../schemas/cell-parser.js";

/** DuckDB's standard vector size: a data chunk holds at most this many rows. */
const CHUNK_ROWS = 2048;

/** How a verdict's value is held: dates as `YYYY-MM-DD` text, cast by the checks. */
const VALUE_TYPES: Record<SqlType, DuckDBType> = {
  VARCHAR: VARCHAR,
  DATE: VARCHAR,
  DOUBLE: DOUBLE,
  INTEGER: INTEGER,
  BOOLEAN: BOOLEAN,
  "VARCHAR[]": LIST(VARCHAR)
};

/**
 * Parses each distinct raw text of `column` once and writes the answers to the temporary table `verdicts`
 * (`raw`, `value`, `fault`): the checks join it back to every row. Exports repeat the same dates, communes and labels
 * over hundreds of thousands of rows, so this is a few thousand calls where a row-by-row check made millions.
 */
export async function writeVerdicts(
  connection: DuckDBConnection,
  source: { table: string; column: string },
  verdicts: string,
  type: SqlType,
  parse: (text: string | null) => Verdict
): Promise<void> {
  // node-api decodes text with a TextDecoder that drops a leading U+FEFF: two raws would come back as one key. Raw
  // texts are the only ones read back untrimmed (the checks trim every kept text), so the mark is restored here.
  const reader = await connection.runAndReadAll(`SELECT raw, starts_with(raw, chr(65279)) AS bom FROM (SELECT DISTINCT "${source.column}" AS raw FROM "${source.table}")`);
  const [decoded = [], boms = []] = reader.getColumnsJS() as [(string | null)[], (boolean | null)[]];
  const raws = decoded.map((raw, i) => (boms[i] ? `\uFEFF${raw}` : raw));
  const valueType = VALUE_TYPES[type];
  await connection.run(`CREATE OR REPLACE TEMP TABLE "${verdicts}" (raw VARCHAR, value ${type === "DATE" ? "VARCHAR" : type}, fault VARCHAR)`);
  const appender = await connection.createAppender(verdicts);
  try {
    for (let from = 0; from < raws.length; from += CHUNK_ROWS) {
      const slice = raws.slice(from, from + CHUNK_ROWS);
      const values: DuckDBValue[] = [];
      const faults: DuckDBValue[] = [];
      for (const raw of slice) {
        const verdict = parse(raw);
        if ("fault" in verdict) {
          values.push(null);
          faults.push(verdict.fault);
        } else {
          const v = verdict.value;
          values.push(Array.isArray(v) ? listValue(v as string[]) : (v as DuckDBValue));
          faults.push(null);
        }
      }
      const chunk = DuckDBDataChunk.create([VARCHAR, valueType, VARCHAR], slice.length);
      chunk.setColumns([slice, values, faults]);
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
