import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { LoadError } from "../load-error.js";

/** The exports of one folder, by kind. */
export const EXPORT_KINDS = ["dossiers", "paiements", "suivi", "marqueurs", "enveloppes"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const REQUIRED: ReadonlySet<ExportKind> = new Set(["dossiers", "paiements", "suivi"]);

/** Finds each export of a data folder (`dossiers.csv` or `dossiers.xlsx`…, names matched case-insensitively); fails on a missing required one. */
export async function locateExports(folder: string): Promise<Partial<Record<ExportKind, string>>> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    throw new LoadError(folder, `data folder cannot be read (${(error as NodeJS.ErrnoException).code ?? "I/O error"})`);
  }
  const found: Partial<Record<ExportKind, string>> = {};
  for (const kind of EXPORT_KINDS) {
    const matches = names.filter((n) => /^(.*)\.(csv|xlsx)$/i.exec(n)?.[1]?.toLowerCase() === kind).sort();
    if (matches.length > 1) throw new LoadError(matches.join(", "), `two exports of ${kind} in ${folder}: keep only one`);
    const name = matches[0];
    if (name) found[kind] = join(folder, name);
    else if (REQUIRED.has(kind)) throw new LoadError(`${kind}.csv`, `required export is missing from ${folder} (expected ${kind}.csv or ${kind}.xlsx)`);
  }
  return found;
}
