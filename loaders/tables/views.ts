import type { DuckDBConnection } from "@duckdb/node-api";
import { sqlList, sqlText } from "../schemas/export-spec.js";
import { COUNTED_EVENT_STATUTS, EVENT } from "../schemas/vocabulary.js";
import { DOSSIERS } from "../schemas/dossiers.js";
import { comment } from "./table-ddl.js";
import { typedColumns } from "./typed-table.js";

// Views hold the definitions of indicators.md once, for the indicators and for analysts querying the file.
// Their SQL holds only constants of the code base, quoted because a view cannot keep bound parameters.
// Sums of euros are rounded to the cent: a sum of doubles otherwise depends on the order rows come in.

const VIEWS: readonly { name: string; comment: string; columns: Record<string, string>; sql: string }[] = [
  {
    name: "engagements",
    comment: "Par dossier et section : voté, payé net (reversements déduits) et engagé (Voté : le voté ; Soldé, Caduc : le payé net ; sinon 0), en €",
    columns: {
      dossier_id: "N° dossier",
      dispositif: "Dispositif",
      inspir: "Un des trois dispositifs INS'pir",
      statut: "Statut",
      versant: "Versant",
      date_vote: "Date du vote ou du label",
      section: "Fonctionnement ou Investissement",
      voted: "Montant voté dans la section (€)",
      paid: "Payé net dans la section, reversements déduits (€)",
      engaged: "Engagé dans la section, au sens des indicateurs (€)"
    },
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
    comment: "Événements créatifs au statut Labellisé, Voté ou Soldé, avec leur engagé (deux sections, €)",
    columns: { engaged: "Engagé de l'événement, deux sections (€) ; les autres colonnes sont celles de dossiers" },
    sql: `SELECT d.*, (SELECT round(sum(e.engaged), 2) FROM engagements e WHERE e.dossier_id = d.id) AS engaged
          FROM dossiers d WHERE d.dispositif = ${sqlText(EVENT)} AND d.statut IN (${sqlList(COUNTED_EVENT_STATUTS)})`
  }
];

/** Creates the views the indicators are defined on, with a comment on the view and on each of its columns. */
export async function writeViews(connection: DuckDBConnection): Promise<void> {
  for (const v of VIEWS) {
    await connection.run(`CREATE OR REPLACE VIEW "${v.name}" AS ${v.sql}`);
    // counted_events repeats the columns of dossiers, and their comments.
    const columns = { ...(v.name === "counted_events" ? Object.fromEntries(typedColumns(DOSSIERS).map((c) => [c.name, c.comment])) : {}), ...v.columns };
    await comment(connection, [[`VIEW "${v.name}"`, v.comment], ...Object.entries(columns).map(([column, text]): [string, string] => [`COLUMN "${v.name}"."${column}"`, text])]);
  }
}
