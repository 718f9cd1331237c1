import { LoadError } from "../load-error.js";
import { normalizeKey } from "../parse/normalize-key.js";
import type { RawTable } from "../read/raw-table.js";

/** A column an export may hold: the field it feeds, its header as the contract spells it, and whether the load fails without it. */
export interface ColumnSpec<F extends string = string> {
  field: F;
  header: string;
  required: boolean;
}

/** Where each field sits in a file's records, and the columns the file has that no field uses. */
export interface ColumnBinding<F extends string> {
  positions: Record<F, number | undefined>;
  extra: string[];
}

/** Matches a file's headers to the specs (after normalisation); fails naming the first missing required column. */
export function bindColumns<F extends string>(table: Pick<RawTable, "file" | "headers">, specs: readonly ColumnSpec<F>[]): ColumnBinding<F> {
  const byKey = new Map<string, number>();
  const extra: string[] = [];
  table.headers.forEach((header, i) => {
    const key = normalizeKey(header);
    if (key !== "" && !byKey.has(key)) byKey.set(key, i);
    else if (header.trim() !== "") extra.push(header.trim());
  });
  const positions = {} as Record<F, number | undefined>;
  const used = new Set<number>();
  for (const spec of specs) {
    const i = byKey.get(normalizeKey(spec.header));
    if (i === undefined && spec.required) throw new LoadError(table.file, `colonne obligatoire « ${spec.header} » absente`, spec.header);
    positions[spec.field] = i;
    if (i !== undefined) used.add(i);
  }
  for (const [key, i] of byKey) if (!used.has(i)) extra.push(table.headers[i]?.trim() ?? key);
  return { positions, extra };
}
