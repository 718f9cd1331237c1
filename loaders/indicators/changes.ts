import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import { cents } from "./rounding.js";

/** What changed between the previous and the current export, as indicators.md names it (amounts in €). */
export interface Changes {
  previous: string;
  current: string;
  newDossiers: string[];
  statusChanges: { dossier: string; from: string; to: string }[];
  newPayments: { count: number; amount: number };
  /** Change of the INS'pir engaged and paid totals, current − previous (€). */
  engaged: number;
  paid: number;
  alerts: { new: string[]; resolved: string[] };
}

/** The current export's date, from `exports` (null when its rows carry no date). */
export async function currentExportDate(connection: DuckDBConnection): Promise<string | null> {
  const [row] = await queryRows<{ date: string | null }>(connection, `SELECT strftime(date, '%Y-%m-%d') AS date FROM exports WHERE current`);
  return row?.date ?? null;
}

/** The `changes` of the analysts' document, from the `changes` and `history` tables; null with a single export. */
export async function changesSincePrevious(connection: DuckDBConnection): Promise<Changes | null> {
  const dates = await queryRows<{ date: string; engaged: number; paid: number }>(
    connection,
    `SELECT strftime(date, '%Y-%m-%d') AS date, engaged, paid FROM history ORDER BY date DESC LIMIT 2`
  );
  const [current, previous] = dates;
  if (current === undefined || previous === undefined) return null;
  const ids = async (kind: string) =>
    (await queryRows<{ id: string }>(connection, `SELECT dossier_id AS id FROM changes WHERE kind = $kind ORDER BY dossier_id`, { kind })).map((r) => r.id);
  const [payments] = await queryRows<{ count: bigint; amount: number | null }>(
    connection,
    `SELECT count(*) AS count, round(sum(amount), 2) AS amount FROM changes WHERE kind = 'new-payment'`
  );
  return {
    previous: previous.date,
    current: current.date,
    newDossiers: await ids("new-dossier"),
    statusChanges: await queryRows(connection, `SELECT dossier_id AS dossier, from_value AS "from", to_value AS "to" FROM changes WHERE kind = 'status-change' ORDER BY dossier_id`),
    newPayments: { count: Number(payments?.count ?? 0n), amount: cents(payments?.amount ?? 0) },
    engaged: cents(current.engaged - previous.engaged),
    paid: cents(current.paid - previous.paid),
    alerts: { new: await ids("new-alert"), resolved: await ids("resolved-alert") }
  };
}
