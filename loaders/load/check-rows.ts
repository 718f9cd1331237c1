import type { z } from "zod";
import { type Cell, cellDisplay } from "../parse/cell.js";
import type { OpenTable } from "../read/read-table.js";
import { type ColumnBinding, type ColumnSpec, bindColumns, recordFields } from "../schemas/columns.js";
import { compileRowCheck } from "../schemas/row-check.js";
import type { Fault } from "./report.js";

/** A kept row with the line it came from. */
export type Kept<T> = T & { line: number };

/** A record after its own validation: the typed row when its cells are valid, and every fault found so far. */
export interface CheckedRow<T> {
  line: number;
  /** The record's identifier cell as text ("" when empty or when the file has no identifier). */
  key: string;
  row: Kept<T> | undefined;
  faults: Fault[];
}

/** A file's records validated one by one (with the schema's own transforms, see compileRowCheck); the raw cells are not kept. */
export interface CheckedTable<T> {
  file: string;
  format: string;
  binding: ColumnBinding<string>;
  rows: CheckedRow<T>[];
}

/** The identifier column of a file, whose repeats are rejected. */
export interface KeyColumn {
  field: string;
  header: string;
}

/**
 * Binds the columns (failing on a missing required one), then validates every record of the stream with the schema;
 * with a key column, rejects every row whose identifier already appeared on an earlier row, whatever that row's fate.
 */
export async function checkTable<S extends z.ZodType>(
  table: OpenTable,
  specs: readonly ColumnSpec[],
  schema: S,
  options: { key?: KeyColumn; onProgress?: (done: number) => void } = {}
): Promise<CheckedTable<z.output<S>>> {
  const binding = bindColumns(table, specs);
  const headerOf = new Map(specs.map((s) => [s.field, s.header]));
  const rows: CheckedRow<z.output<S>>[] = [];
  const firstLine = new Map<string, number>();
  const { key, onProgress } = options;
  const check = compileRowCheck(schema);
  for await (const batch of table.batches) {
    for (const record of batch) {
      const cells = recordFields(record.cells, binding);
      const result = check(cells);
      let checked: CheckedRow<z.output<S>>;
      if (result.ok) {
        const row = result.value as Kept<z.output<S>>;
        row.line = record.line;
        checked = { line: record.line, key: "", row, faults: [] };
      } else {
        const faults = result.issues.map(({ field, message }) => ({
          column: headerOf.get(field) ?? field,
          value: cellDisplay((cells as Record<string, Cell>)[field] ?? null),
          reason: message
        }));
        checked = { line: record.line, key: "", row: undefined, faults };
      }
      if (key) {
        const id = cellDisplay((cells as Record<string, Cell>)[key.field] ?? null);
        checked.key = id;
        if (id !== "") {
          const seen = firstLine.get(id);
          if (seen === undefined) firstLine.set(id, record.line);
          else checked.faults.push({ column: key.header, value: id, reason: `identifiant en double (déjà ligne ${seen})` });
        }
      }
      rows.push(checked);
      if (onProgress && rows.length % 50_000 === 0) onProgress(rows.length);
    }
  }
  return { file: table.file, format: table.format, binding, rows };
}
