import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import { type DatabaseSource, withLoadedDatabase } from "../load/loaded-database.js";
import { DATED_STATUTS, type Dispositif, INSPIR_DISPOSITIFS, type Statut } from "../schemas/vocabulary.js";

/** The fields of a dossier that decide which year it belongs to. */
export interface YearedDossier {
  dispositif: Dispositif;
  statut: Statut;
  dateVote: string | null;
}

/**
 * The years of the annual reviews, ascending: every year in which the Région labelled or voted an INS'pir dossier
 * (date of vote or label of a dossier now `Labellisé`, `Voté`, `Soldé` or `Caduc`). A budget year with no such
 * decision has no review.
 */
export function reviewYears(dossiers: Iterable<YearedDossier>): number[] {
  const collect = reviewYearCollector();
  for (const d of dossiers) collect.add(d);
  return collect.years();
}

/** Collects the review years of dossiers seen one at a time (kept rows as they stream). */
export function reviewYearCollector(): { add: (d: YearedDossier) => void; years: () => number[] } {
  const years = new Set<number>();
  return {
    add: (d) => {
      if (d.dateVote !== null && INSPIR_DISPOSITIFS.includes(d.dispositif) && DATED_STATUTS.includes(d.statut)) years.add(Number(d.dateVote.slice(0, 4)));
    },
    years: () => [...years].sort((a, b) => a - b)
  };
}

/** The review years of a loaded database's kept dossiers (see reviewYears): the same rule, over their distinct values. */
export async function reviewYearsOfDatabase(connection: DuckDBConnection): Promise<number[]> {
  return reviewYears(await queryRows<YearedDossier>(connection, `SELECT DISTINCT dispositif, statut, strftime(date_vote, '%Y-%m-%d') AS "dateVote" FROM dossiers`));
}

/** The review years of a loaded database file or folder of exports, for the site's routes and the PDF command. */
export async function reviewYearsOf(source: DatabaseSource): Promise<number[]> {
  return withLoadedDatabase(source, reviewYearsOfDatabase);
}
