import type { DuckDBConnection } from "@duckdb/node-api";
import { ALERT_RULES } from "../alerts/rules.js";
import { queryRows } from "../db/with-connection.js";
import type { Changes } from "../indicators/changes.js";
import type { HistoryEntry } from "../indicators/history-entry.js";

/** A dossier that changed between the two exports, with what the current export says of it. */
export interface ChangedDossier {
  dossier: string;
  dispositif: string | null;
  beneficiaire: string | null;
  commune: string | null;
  /** Status before (status changes) and now. */
  from: string | null;
  to: string | null;
  /** Date of deposit (new dossiers) or of vote (status changes), `AAAA-MM-JJ`. */
  day: string | null;
}

/** The Évolutions page: everything that changed since the previous export, and the history of every export. */
export interface EvolutionsPage {
  /** Null with a single export. */
  span: { previous: string; current: string } | null;
  newDossiers: ChangedDossier[];
  statusChanges: ChangedDossier[];
  /** New payments; a refund's amount is negative (€). */
  newPayments: { dossier: string; mandat: string; type: string; amount: number; day: string; beneficiaire: string | null }[];
  newAlerts: { dossier: string; rules: { code: string; label: string }[]; beneficiaire: string | null }[];
  resolvedAlerts: { dossier: string; rules: { code: string; label: string }[]; beneficiaire: string | null }[];
  newRejected: { file: string; value: string | null; reason: string }[];
  resolvedRejected: { file: string; value: string | null; reason: string }[];
  totals: Pick<Changes, "engaged" | "paid"> | null;
  history: HistoryEntry[];
}

/** The Évolutions page's data, from the `changes` and `history` tables and the current export's dossiers. */
export async function evolutionsPage(connection: DuckDBConnection, changes: Changes | null, history: HistoryEntry[]): Promise<EvolutionsPage> {
  const dossiers = (kind: string) =>
    queryRows<ChangedDossier>(
      connection,
      `SELECT c.dossier_id AS dossier, d.dispositif, d.beneficiaire, d.commune_name AS commune, c.from_value AS "from", c.to_value AS "to", strftime(c.day, '%Y-%m-%d') AS day
       FROM changes c LEFT JOIN dossiers d ON d.id = c.dossier_id WHERE c.kind = $kind ORDER BY c.dossier_id`,
      { kind }
    );
  const labels = new Map(ALERT_RULES.map((r) => [r.code, r.label]));
  const alerts = async (kind: string, column: "from_value" | "to_value") =>
    (
      await queryRows<{ dossier: string; rules: string; beneficiaire: string | null }>(
        connection,
        `SELECT c.dossier_id AS dossier, c.${column} AS rules, d.beneficiaire FROM changes c LEFT JOIN dossiers d ON d.id = c.dossier_id WHERE c.kind = $kind ORDER BY c.dossier_id`,
        { kind }
      )
    ).map((a) => ({ ...a, rules: a.rules.split(", ").map((code) => ({ code, label: labels.get(code) ?? code })) }));
  const rejected = (kind: string, column: "from_value" | "to_value") =>
    queryRows<{ file: string; value: string | null; reason: string }>(connection, `SELECT file, value, ${column} AS reason FROM changes WHERE kind = $kind ORDER BY file, value, reason`, { kind });
  return {
    span: changes ? { previous: changes.previous, current: changes.current } : null,
    newDossiers: await dossiers("new-dossier"),
    statusChanges: await dossiers("status-change"),
    newPayments: await queryRows(
      connection,
      `SELECT c.dossier_id AS dossier, c.mandat, c.to_value AS type, c.amount, strftime(c.day, '%Y-%m-%d') AS day, d.beneficiaire
       FROM changes c LEFT JOIN dossiers d ON d.id = c.dossier_id WHERE c.kind = 'new-payment' ORDER BY c.day, c.mandat`
    ),
    newAlerts: await alerts("new-alert", "to_value"),
    resolvedAlerts: await alerts("resolved-alert", "from_value"),
    newRejected: await rejected("new-rejected", "to_value"),
    resolvedRejected: await rejected("resolved-rejected", "from_value"),
    totals: changes ? { engaged: changes.engaged, paid: changes.paid } : null,
    history
  };
}
