import type { z } from "zod";
import { type Cell, cellDisplay } from "../parse/cell.js";
import type { RawTable } from "../read/raw-table.js";
import { type ColumnBinding, type ColumnSpec, bindColumns, recordFields } from "../schemas/columns.js";
import type { Fault } from "./report.js";

/** A record after its own validation: the typed row when its cells are valid, and every fault found so far. */
export interface CheckedRow<T> {
  line: number;
  /** The record's cells by field, as read. */
  cells: Record<string, Cell>;
  row: T | undefined;
  faults: Fault[];
}

/** A file's records validated one by one against its zod schema. */
export interface CheckedTable<T> {
  table: RawTable;
  binding: ColumnBinding<string>;
  rows: CheckedRow<T>[];
}

/** Binds the columns (failing on a missing required one) and validates every record with the schema. */
export function checkRows<S extends z.ZodType>(
  table: RawTable,
  specs: readonly ColumnSpec[],
  schema: S,
  onProgress?: (done: number, total: number) => void
): CheckedTable<z.output<S>> {
  const binding = bindColumns(table, specs);
  const headerOf = new Map(specs.map((s) => [s.field, s.header]));
  const rows: CheckedRow<z.output<S>>[] = [];
  const total = table.records.length;
  for (let i = 0; i < total; i++) {
    const record = table.records[i]!;
    const cells = recordFields(record.cells, binding);
    const result = schema.safeParse(cells);
    if (result.success) {
      rows.push({ line: record.line, cells, row: result.data, faults: [] });
    } else {
      const faults = result.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? "");
        return { column: headerOf.get(field) ?? field, value: cellDisplay(cells[field] ?? null), reason: issue.message };
      });
      rows.push({ line: record.line, cells, row: undefined, faults });
    }
    if (onProgress && (i + 1) % 50_000 === 0) onProgress(i + 1, total);
  }
  return { table, binding, rows };
}

/** Rejects every row whose identifier already appeared on an earlier row of the file, whatever that row's fate. */
export function rejectRepeats<T>(checked: CheckedTable<T>, field: string, header: string): void {
  const firstLine = new Map<string, number>();
  for (const r of checked.rows) {
    const id = cellDisplay(r.cells[field] ?? null);
    if (id === "") continue;
    const seen = firstLine.get(id);
    if (seen === undefined) firstLine.set(id, r.line);
    else r.faults.push({ column: header, value: id, reason: `identifiant en double (déjà ligne ${seen})` });
  }
}
