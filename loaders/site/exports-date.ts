import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";

/** The latest date found in the exports (deposit, vote, payment, idea update, committee): how fresh the figures are, as `YYYY-MM-DD`. */
export async function exportsDate(connection: DuckDBConnection): Promise<string | null> {
  const [row] = await queryRows<{ day: string | null }>(
    connection,
    `SELECT strftime(max(day), '%Y-%m-%d') AS day FROM (
       SELECT max(greatest(date_depot, coalesce(date_vote, date_depot))) AS day FROM dossiers
       UNION ALL SELECT max(date_paiement) FROM paiements
       UNION ALL SELECT max(date_mise_a_jour) FROM idees
       UNION ALL SELECT max(date_comite) FROM marqueurs)`
  );
  return row?.day ?? null;
}
