import type { z } from "zod";
import { cellDisplay } from "../parse/cell.js";
import type { OpenTable } from "../read/read-table.js";
import { type ColumnBinding, type ColumnSpec, bindColumns } from "../schemas/columns.js";
import { compileRowCheck } from "../schemas/row-check.js";
import type { Fault } from "./report.js";

/** A kept row with the line it came from. */
export type Kept<T> = T & { line: number };

/** A rejected row: its line and every fault found on it. */
export interface RejectedRow {
  line: number;
  faults: Fault[];
}

/** A file's records once validated; the raw cells are not kept. */
export interface CheckedTable<T> {
  file: string;
  format: string;
  binding: ColumnBinding<string>;
  /** Records read (header and all-empty records excluded). */
  read: number;
  /** Rows kept (each was handed to `keep`). */
  kept: number;
  rejected: RejectedRow[];
  /** With a key column: the first line of each identifier found on a rejected row. */
  rejectedKeys: Map<string, number>;
  /** With `referenceKeys`: the rows whose references are still to be checked (see settleReferences). */
  pending: PendingReferences;
}

/**
 * Rows valid on their own whose references to another file wait for that file's index, so that files can be
 * checked in any order or thread. Flat arrays (one entry per row; `arity` keys per row) clone cheaply between threads.
 */
export interface PendingReferences {
  arity: number;
  lines: number[];
  /** 1 when the row was handed to `keep` (kept unless a reference fails), 0 when already rejected. */
  kept: number[];
  keys: (string | null)[];
}

/** The identifier column of a file, whose repeats are rejected. */
export interface KeyColumn {
  field: string;
  header: string;
}

export interface CheckOptions<T> {
  /** Receives each kept row as it is validated: the caller streams it on (to DuckDB) or collects it. */
  keep: (row: Kept<T>, file: string) => void;
  key?: KeyColumn;
  /** The values of a row valid on its own that refer to another file, checked later by settleReferences. */
  referenceKeys?: (row: T) => readonly (string | null)[];
  onProgress?: (done: number) => void;
}

/**
 * Binds the columns (failing on a missing required one), then validates every record of the stream as it comes:
 * its cells with the schema (see compileRowCheck), then a repeated identifier (whatever the earlier row's fate),
 * then, once settled, its references. Faults keep that order. A row is handed to `keep` when it has no fault yet:
 * with `referenceKeys`, it stays kept only if settleReferences finds its references hold.
 */
export async function checkTable<S extends z.ZodType>(
  table: OpenTable,
  specs: readonly ColumnSpec[],
  schema: S,
  options: CheckOptions<z.output<S>>
): Promise<CheckedTable<z.output<S>>> {
  const binding = bindColumns(table, specs);
  const headerOf = new Map(specs.map((s) => [s.field, s.header]));
  const { keep, key, referenceKeys, onProgress } = options;
  const check = compileRowCheck(schema, binding.positions);
  const keyPosition = key ? binding.positions[key.field] : undefined;
  const firstLine = new Map<string, number>();
  const pending: PendingReferences = { arity: 0, lines: [], kept: [], keys: [] };
  const out: CheckedTable<z.output<S>> = { file: table.file, format: table.format, binding, read: 0, kept: 0, rejected: [], rejectedKeys: new Map(), pending };
  for await (const batch of table.batches) {
    for (const record of batch) {
      const result = check(record.cells);
      let faults: Fault[] | undefined;
      if (!result.ok) {
        faults = result.issues.map(({ field, message, cell }) => ({ column: headerOf.get(field) ?? field, value: cellDisplay(cell), reason: message }));
      }
      let id = "";
      if (key) {
        id = keyPosition === undefined ? "" : cellDisplay(record.cells[keyPosition] ?? null);
        if (id !== "") {
          const seen = firstLine.get(id);
          if (seen === undefined) firstLine.set(id, record.line);
          else (faults ??= []).push({ column: key.header, value: id, reason: `identifiant en double (déjà ligne ${seen})` });
        }
      }
      if (result.ok && referenceKeys) {
        const keys = referenceKeys(result.value);
        pending.arity = keys.length;
        pending.lines.push(record.line);
        pending.kept.push(faults === undefined ? 1 : 0);
        for (const k of keys) pending.keys.push(k);
      }
      if (faults === undefined && result.ok) {
        const row = result.value as Kept<z.output<S>>;
        row.line = record.line;
        out.kept++;
        keep(row, table.file);
      } else {
        out.rejected.push({ line: record.line, faults: faults! });
        // A row rejected before its identifier was parsed is still known by its identifier cell.
        if (id !== "" && !out.rejectedKeys.has(id)) out.rejectedKeys.set(id, record.line);
      }
      out.read++;
      if (onProgress && out.read % 50_000 === 0) onProgress(out.read);
    }
    // Batches of a CSV come without any real wait: let the event loop run (worker threads' messages) between them.
    await new Promise(setImmediate);
  }
  return out;
}
