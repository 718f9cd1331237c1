import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import { EXPERIMENT, STAGES } from "../schemas/vocabulary.js";
import { SITE_LIST_LIMIT } from "./list-limit.js";

/** Ideas by the furthest stage they reached (index 0 = Émergée … 5 = Activité créée), and how many of them were abandoned. */
export interface StageCounts {
  /** Ideas whose furthest stage is each stage, in order. */
  atStage: number[];
  /** Of those, the abandoned ones. */
  abandonedAtStage: number[];
}

export interface IdeasPage {
  stages: readonly string[];
  /** Per year of the event the ideas came from, the stage counts; the browser sums the years a filter keeps. */
  byYear: (StageCounts & { year: number })[];
  /** The events with the most ideas (at most SITE_LIST_LIMIT), with their stage counts. */
  byEvent: (StageCounts & { dossier: string; intitule: string | null; commune: string; year: number })[];
  eventCount: number;
  /** Themes as typed (trimmed, first letter upper-cased), the 15 most frequent, then « Autres ». */
  byTheme: (StageCounts & { theme: string })[];
  experiments: { dossiers: number; voted: number; engaged: number; paid: number; ideasExperimented: number; ideasLinked: number };
}

const THEME_LIMIT = 15;

function stageColumns(): string {
  return STAGES.map((_, i) => `count(*) FILTER (WHERE i.etape_rank = ${i + 1}) AS s${i}, count(*) FILTER (WHERE i.etape_rank = ${i + 1} AND i.abandonnee) AS a${i}`).join(", ");
}

function stageCounts(row: Record<string, unknown>): StageCounts {
  return { atStage: STAGES.map((_, i) => Number(row[`s${i}`])), abandonedAtStage: STAGES.map((_, i) => Number(row[`a${i}`])) };
}

/** The ideas page's data: stage counts by year, event and theme, and the experiments funded. */
export async function ideasPage(connection: DuckDBConnection): Promise<IdeasPage> {
  const eventYear = "year(coalesce(d.date_action, d.date_vote, d.date_depot))";
  const byYear = await queryRows(connection, `SELECT ${eventYear} AS year, ${stageColumns()} FROM idees i JOIN dossiers d ON d.id = i.dossier_evenement GROUP BY ALL ORDER BY year`);
  const byEvent = await queryRows(
    connection,
    `SELECT d.id AS dossier, d.intitule, d.commune_name AS commune, ${eventYear} AS year, count(*) AS n, ${stageColumns()}
     FROM idees i JOIN dossiers d ON d.id = i.dossier_evenement GROUP BY ALL ORDER BY n DESC, d.id LIMIT $limit`,
    { limit: SITE_LIST_LIMIT }
  );
  const [{ events = 0n } = {}] = await queryRows<{ events: bigint }>(connection, "SELECT count(DISTINCT dossier_evenement) AS events FROM idees");
  const byTheme = await queryRows(
    connection,
    `WITH themed AS (SELECT i.*, coalesce(upper(left(trim(i.thematique), 1)) || lower(substr(trim(i.thematique), 2)), 'Non renseignée') AS theme FROM idees i),
          ranked AS (SELECT theme, count(*) AS n, row_number() OVER (ORDER BY count(*) DESC, theme) AS r FROM themed GROUP BY theme)
     SELECT CASE WHEN r.r <= ${THEME_LIMIT} THEN r.theme ELSE 'Autres' END AS theme, min(r.r) AS rank, ${stageColumns()}
     FROM themed i JOIN ranked r ON r.theme = i.theme GROUP BY 1 ORDER BY rank`
  );
  const [experiments] = await queryRows<Record<string, number | bigint | null>>(
    connection,
    `SELECT (SELECT count(*) FROM dossiers WHERE dispositif = $experiment AND statut IN ('Voté', 'Soldé', 'Caduc')) AS dossiers,
       (SELECT round(sum(voted), 2) FROM engagements WHERE dispositif = $experiment AND statut IN ('Voté', 'Soldé', 'Caduc')) AS voted,
       (SELECT round(sum(engaged), 2) FROM engagements WHERE dispositif = $experiment) AS engaged,
       (SELECT round(sum(paid), 2) FROM engagements WHERE dispositif = $experiment) AS paid,
       (SELECT count(*) FROM idees WHERE etape_rank >= 5) AS experimented,
       (SELECT count(*) FROM idees WHERE dossier_experimentation IS NOT NULL) AS linked`,
    { experiment: EXPERIMENT }
  );
  const n = (v: number | bigint | null | undefined) => Math.round(Number(v ?? 0) * 100) / 100;
  return {
    stages: STAGES,
    byYear: byYear.map((r) => ({ year: Number(r.year), ...stageCounts(r) })),
    byEvent: byEvent.map((r) => ({ dossier: String(r.dossier), intitule: (r.intitule as string | null) ?? null, commune: String(r.commune), year: Number(r.year), ...stageCounts(r) })),
    eventCount: Number(events),
    byTheme: byTheme.map((r) => ({ theme: String(r.theme), ...stageCounts(r) })),
    experiments: {
      dossiers: n(experiments?.dossiers),
      voted: n(experiments?.voted),
      engaged: n(experiments?.engaged),
      paid: n(experiments?.paid),
      ideasExperimented: n(experiments?.experimented),
      ideasLinked: n(experiments?.linked)
    }
  };
}
