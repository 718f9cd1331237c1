import type { DuckDBConnection } from "@duckdb/node-api";
import { ALERT_RULES } from "../alerts/rules.js";
import { queryRows } from "../db/with-connection.js";
import type { FileReport, Rejection } from "../load/report.js";
import { SITE_LIST_LIMIT } from "./list-limit.js";
import { maskPersonal } from "./mask-personal.js";

export interface DataQualityPage {
  files: FileReport[];
  /** The first SITE_LIST_LIMIT rejected rows by file and line, values masked of e-mails and phone numbers. */
  rejected: Rejection[];
  rejectedCount: number;
  /** Rejections by file and column (several per row when a row has several faults). */
  byColumn: { file: string; column: string; rows: number }[];
  alertsByRule: { rule: string; label: string; alerts: number; dossiers: number }[];
  /** Where the budget lines come from: the folder's export, or the 2016 deliberation. */
  enveloppesSource: "export" | "deliberation-2016";
}

/** The data-quality page's data: per file counts, the rejected rows and the alerts by rule. */
export async function dataQualityPage(connection: DuckDBConnection): Promise<DataQualityPage> {
  const load = {
    files: await queryRows<FileReport>(connection, `SELECT file, kind, format, read, kept, rejected, extra_columns AS "extraColumns" FROM files ORDER BY file`),
    rejected: await queryRows<Rejection>(connection, `SELECT file, line, column_name AS "column", value, reason FROM rejected ORDER BY file, line`),
    enveloppesSource: (await queryRows<{ source: DataQualityPage["enveloppesSource"] }>(connection, "SELECT any_value(source) AS source FROM enveloppes"))[0]!.source
  };
  const byRule = await queryRows<{ rule: string; alerts: bigint; dossiers: bigint }>(connection, "SELECT rule, count(*) AS alerts, count(DISTINCT dossier_id) AS dossiers FROM alerts GROUP BY rule");
  const byColumn = new Map<string, { file: string; column: string; rows: number }>();
  for (const r of load.rejected) {
    for (const column of r.column.split(" ; ")) {
      const key = `${r.file}\u0000${column}`;
      const entry = byColumn.get(key) ?? { file: r.file, column, rows: 0 };
      entry.rows++;
      byColumn.set(key, entry);
    }
  }
  return {
    files: load.files,
    rejected: load.rejected.slice(0, SITE_LIST_LIMIT).map((r) => ({ ...r, value: maskPersonal(r.value), reason: maskPersonal(r.reason) })),
    rejectedCount: load.rejected.length,
    byColumn: [...byColumn.values()].sort((a, b) => b.rows - a.rows || (a.file + a.column < b.file + b.column ? -1 : 1)),
    alertsByRule: ALERT_RULES.map(({ code, label }) => {
      const r = byRule.find((x) => x.rule === code);
      return { rule: code, label, alerts: Number(r?.alerts ?? 0n), dossiers: Number(r?.dossiers ?? 0n) };
    }),
    enveloppesSource: load.enveloppesSource
  };
}
