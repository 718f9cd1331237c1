import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import { roundTo } from "../indicators/rounding.js";
import { GODIN_MARKERS } from "../schemas/vocabulary.js";
import { SITE_LIST_LIMIT } from "./list-limit.js";

/** One assessment of an AMI dossier: its twelve scores (0–3) in the order of GODIN_MARKERS. */
export interface Assessment {
  dossier: string;
  intitule: string | null;
  beneficiaire: string | null;
  commune: string;
  dateComite: string | null;
  scores: number[];
}

export interface SocialInnovationPage {
  markers: readonly string[];
  /** The latest assessments (at most SITE_LIST_LIMIT), by committee date then dossier. */
  assessments: Assessment[];
  assessmentCount: number;
  /** Mean score of each marker over all assessments (2 decimals). */
  average: number[];
  amiDossiers: number;
}

/** The social-innovation page's data: the Godin markers of each assessed project and their average. */
export async function socialInnovationPage(connection: DuckDBConnection): Promise<SocialInnovationPage> {
  const assessments = await queryRows<{ dossier: string; intitule: string | null; beneficiaire: string | null; commune: string; dateComite: string | null; scores: number[] }>(
    connection,
    `SELECT m.dossier_id AS dossier, d.intitule, d.beneficiaire, d.commune_name AS commune, strftime(m.date_comite, '%Y-%m-%d') AS "dateComite",
       list(m.score ORDER BY m.marker_rank) AS scores
     FROM marqueurs m JOIN dossiers d ON d.id = m.dossier_id
     GROUP BY m.line, m.dossier_id, d.intitule, d.beneficiaire, d.commune_name, m.date_comite
     ORDER BY m.date_comite DESC NULLS LAST, m.dossier_id, m.line LIMIT ${SITE_LIST_LIMIT}`
  );
  const average = await queryRows<{ rank: number; mean: number }>(connection, "SELECT marker_rank AS rank, avg(score) AS mean FROM marqueurs GROUP BY ALL ORDER BY rank");
  const [{ n = 0n, ami = 0n } = {}] = await queryRows<{ n: bigint; ami: bigint }>(
    connection,
    "SELECT (SELECT count(DISTINCT line) FROM marqueurs) AS n, (SELECT count(*) FROM dossiers WHERE dispositif = 'AMI Innovation sociale') AS ami"
  );
  return {
    markers: GODIN_MARKERS,
    assessments,
    assessmentCount: Number(n),
    average: GODIN_MARKERS.map((_, i) => roundTo(average.find((a) => a.rank === i + 1)?.mean ?? 0, 2)),
    amiDossiers: Number(ami)
  };
}
