import type { DuckDBConnection } from "@duckdb/node-api";
import { COUNTED_EVENT_STATUTS, EVENT } from "../schemas/vocabulary.js";

// Views hold the definitions of indicators.md once, for the indicators and for analysts querying the file.
// Their SQL holds only constants of the code base, quoted here because a view cannot keep bound parameters.
// Sums of euros are rounded to the cent: a sum of doubles otherwise depends on the order rows come in.
const sqlList = (values: readonly string[]) => values.map((v) => `'${v.replaceAll("'", "''")}'`).join(", ");

const VIEWS: readonly { name: string; comment: string; sql: string }[] = [
  {
    name: "engagements",
    comment: "Per dossier and section: voted, net paid (refunds deducted) and engaged (Voté: voted; Soldé, Caduc: net paid; otherwise 0), in €",
    sql: `SELECT d.id AS dossier_id, d.dispositif, d.inspir, d.statut, d.versant, d.date_vote, s.section,
            CASE s.section WHEN 'Fonctionnement' THEN d.vote_fonctionnement ELSE d.vote_investissement END AS voted,
            coalesce(p.net, 0) AS paid,
            CASE WHEN d.statut = 'Voté' THEN CASE s.section WHEN 'Fonctionnement' THEN d.vote_fonctionnement ELSE d.vote_investissement END
                 WHEN d.statut IN ('Soldé', 'Caduc') THEN coalesce(p.net, 0)
                 ELSE 0 END AS engaged
          FROM dossiers d
          CROSS JOIN (VALUES ('Fonctionnement'), ('Investissement')) s(section)
          LEFT JOIN (SELECT dossier_id, section, round(sum(net_amount), 2) AS net FROM paiements GROUP BY ALL) p
            ON p.dossier_id = d.id AND p.section = s.section`
  },
  {
    name: "counted_events",
    comment: "Creative events whose status is Labellisé, Voté or Soldé, with their engaged amount (both sections, €)",
    sql: `SELECT d.*, (SELECT round(sum(e.engaged), 2) FROM engagements e WHERE e.dossier_id = d.id) AS engaged
          FROM dossiers d WHERE d.dispositif = '${EVENT.replaceAll("'", "''")}' AND d.statut IN (${sqlList(COUNTED_EVENT_STATUTS)})`
  }
];

/** Creates the views the indicators are defined on. */
export async function writeViews(connection: DuckDBConnection): Promise<void> {
  for (const v of VIEWS) {
    await connection.run(`CREATE OR REPLACE VIEW "${v.name}" AS ${v.sql}`);
    await connection.run(`COMMENT ON VIEW "${v.name}" IS '${v.comment.replaceAll("'", "''")}'`);
  }
}
