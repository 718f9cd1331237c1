import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";

/** One line of the INS'pir envelope as the export (or the 2016 deliberation) gives it (€). */
export interface EnvelopeLine {
  section: string;
  versant: string;
  amount: number;
  reference: string | null;
  /** `AAAA-MM-JJ` of the decision that opened the credits; null: from the start of the programme. */
  date: string | null;
  /** Counted in the envelope at the export date (a line dated after it is not yet). */
  counted: boolean;
}

/** What the INS'pir envelope is made of, line by line (by versant, section, then date: the order of the rows in the file does not matter), against the export date (`AAAA-MM-JJ`). */
export async function envelopeComposition(connection: DuckDBConnection, exportDate: string | null): Promise<EnvelopeLine[]> {
  return queryRows<EnvelopeLine>(
    connection,
    `SELECT section, versant, montant AS amount, reference, strftime(date, '%Y-%m-%d') AS date,
       (date IS NULL OR $day::DATE IS NULL OR date <= $day::DATE) AS counted
     FROM enveloppes WHERE inspir ORDER BY versant, section, date NULLS FIRST, montant, reference`,
    { day: exportDate }
  );
}
