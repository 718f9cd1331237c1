import { LoadError } from "../load-error.js";
import { normalizeKey } from "../parse/normalize-key.js";
import type { ColumnSpec } from "../schemas/export-spec.js";

/** Where each column of the spec sits among a file's headers (undefined: absent), and the headers no column uses. */
export interface ColumnBinding {
  positions: Record<string, number | undefined>;
  extra: string[];
}

/** Matches a file's headers to the spec's columns after normalisation; fails naming the first missing required column. */
export function bindColumns(file: string, headers: readonly string[], columns: readonly ColumnSpec[]): ColumnBinding {
  const byKey = new Map<string, number>();
  const extra: string[] = [];
  headers.forEach((header, i) => {
    const key = normalizeKey(header);
    if (key !== "" && !byKey.has(key)) byKey.set(key, i);
    else if (header.trim() !== "") extra.push(header.trim());
  });
  const positions: Record<string, number | undefined> = {};
  const used = new Set<number>();
  for (const column of columns) {
    const i = byKey.get(normalizeKey(column.header));
    if (i === undefined && column.required) throw new LoadError(file, `colonne obligatoire « ${column.header} » absente`, column.header);
    positions[column.name] = i;
    if (i !== undefined) used.add(i);
  }
  for (const [key, i] of byKey) if (!used.has(i)) extra.push(headers[i]?.trim() ?? key);
  return { positions, extra };
}
