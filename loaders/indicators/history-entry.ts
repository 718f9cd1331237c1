import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import { budgetLineRows } from "./budget.js";
import { cents } from "./rounding.js";

/** One export's headline figures, as the budget and the events define them: INS'pir envelope at its date, engaged and paid (€), counted events. */
export interface HistoryEntry {
  date: string;
  envelope: number;
  engaged: number;
  paid: number;
  events: number;
}

/** The headline figures of the export whose tables are the connection's default catalog, dated `date` (`AAAA-MM-JJ`). */
export async function historyEntry(connection: DuckDBConnection, date: string): Promise<HistoryEntry> {
  const rows = await budgetLineRows(connection, date);
  const sum = (key: "envelope" | "engaged" | "paid") => cents(rows.reduce((acc, r) => acc + r[key], 0));
  const [events] = await queryRows<{ n: bigint }>(connection, `SELECT count(*) AS n FROM counted_events WHERE departement IN ('02', '59', '60', '62', '80')`);
  return { date, envelope: sum("envelope"), engaged: sum("engaged"), paid: sum("paid"), events: Number(events?.n ?? 0n) };
}
