import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import type { Rejection } from "../load/report.js";
import { type BudgetIndicators, budgetIndicators } from "./budget.js";
import { type EventIndicators, eventIndicators } from "./events.js";
import { type IdeaIndicators, ideaIndicators } from "./ideas.js";
import { type Changes, changesSincePrevious, currentExportDate } from "./changes.js";
import type { HistoryEntry } from "./history-entry.js";
import { type QpvIndicators, qpvIndicators } from "./qpv.js";

/** An alert as the analysts' document lists it. */
export interface AlertEntry {
  dossier: string;
  rule: string;
  message: string;
}

/** The analysts' JSON document of indicators.md. */
export interface IndicatorsDocument {
  budget: BudgetIndicators;
  events: EventIndicators;
  ideas: IdeaIndicators;
  qpv: QpvIndicators;
  files: { file: string; read: number; kept: number; rejected: number; extraColumns: string[] }[];
  alerts: AlertEntry[];
  rejected: Rejection[];
  /** The current export's date (`AAAA-MM-JJ`). */
  exportDate: string | null;
  /** What changed since the previous export; null with a single export. */
  changes: Changes | null;
  /** Every export's headline figures, by date. */
  history: HistoryEntry[];
}

/** Computes the document from the tables of a load (see loadDataFolder). */
export async function indicatorsDocument(connection: DuckDBConnection): Promise<IndicatorsDocument> {
  const exportDate = await currentExportDate(connection);
  const alerts = await queryRows<AlertEntry>(
    connection,
    `SELECT dossier_id AS dossier, rule, message FROM alerts ORDER BY dossier_id, rule, section NULLS FIRST`
  );
  return {
    budget: await budgetIndicators(connection, exportDate),
    events: await eventIndicators(connection),
    ideas: await ideaIndicators(connection),
    qpv: await qpvIndicators(connection),
    files: await queryRows(connection, `SELECT file, read, kept, rejected, extra_columns AS "extraColumns" FROM files ORDER BY file`),
    alerts,
    rejected: await queryRows<Rejection>(connection, `SELECT file, line, column_name AS "column", value, reason FROM rejected ORDER BY file, line`),
    exportDate,
    changes: await changesSincePrevious(connection),
    history: await queryRows<HistoryEntry>(connection, `SELECT strftime(date, '%Y-%m-%d') AS date, envelope, engaged, paid, events FROM history ORDER BY date`)
  };
}
