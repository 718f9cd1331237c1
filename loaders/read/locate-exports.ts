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
    throw new LoadError(folder, `dossier des exports illisible (${(error as NodeJS.ErrnoException).code ?? "erreur d'entrée-sortie"})`);
  }
  const found: Partial<Record<ExportKind, string>> = {};
  for (const kind of EXPORT_KINDS) {
    const matches = names.filter((n) => /^(.*)\.(csv|xlsx)$/i.exec(n)?.[1]?.toLowerCase() === kind).sort();
    if (matches.length > 1) throw new LoadError(matches.join(", "), `deux exports ${kind} dans ${folder} : n'en garder qu'un`);
    const name = matches[0];
    if (name) found[kind] = join(folder, name);
    else if (REQUIRED.has(kind)) throw new LoadError(`${kind}.csv`, `export obligatoire absent de ${folder} (attendu : ${kind}.csv ou ${kind}.xlsx)`);
  }
  return found;
}
