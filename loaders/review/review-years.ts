import { dataDirFromEnv } from "../config/data-dir.js";
import { type LoadOptions, loadExports } from "../load/load-exports.js";
import type { Dossier } from "../schemas/dossier.js";
import { DATED_STATUTS, INSPIR_DISPOSITIFS } from "../schemas/vocabulary.js";

/** The fields of a dossier that decide which year it belongs to. */
export type YearedDossier = Pick<Dossier, "dispositif" | "statut" | "dateVote">;

/**
 * The years of the annual reviews, ascending: every year in which the Région labelled or voted an INS'pir dossier
 * (date of vote or label of a dossier now `Labellisé`, `Voté`, `Soldé` or `Caduc`). A budget year with no such
 * decision has no review.
 */
export function reviewYears(dossiers: readonly YearedDossier[]): number[] {
  const years = new Set<number>();
  for (const d of dossiers) {
    if (d.dateVote === null || !INSPIR_DISPOSITIFS.includes(d.dispositif) || !DATED_STATUTS.includes(d.statut)) continue;
    years.add(Number(d.dateVote.slice(0, 4)));
  }
  return [...years].sort((a, b) => a - b);
}

/** The review years of a folder of exports (the kept dossiers of one load), for the site's routes and the PDF command. */
export async function reviewYearsOf(dataDir: string = dataDirFromEnv(), options: LoadOptions = {}): Promise<number[]> {
  return reviewYears((await loadExports(dataDir, options)).dossiers);
}
