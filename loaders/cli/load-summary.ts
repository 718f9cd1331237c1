import type { DuckDBConnection } from "@duckdb/node-api";
import { ALERT_RULES } from "../alerts/rules.js";
import { queryRows } from "../db/with-connection.js";
import { changesSincePrevious } from "../indicators/changes.js";

/** The human summary of a load, from its tables: per file rows read / kept / rejected, the most frequent reasons, the alerts by rule. */
export async function loadSummary(connection: DuckDBConnection, topReasons = 5): Promise<string> {
  const files = await queryRows<{ file: string; read: number; kept: number; rejected: number; format: string; extra: string[] }>(
    connection,
    `SELECT file, read, kept, rejected, format, extra_columns AS extra FROM files ORDER BY file`
  );
  const rejected = await queryRows<{ file: string; column: string; reason: string }>(connection, `SELECT file, column_name AS "column", reason FROM rejected ORDER BY file, line`);
  const [source] = await queryRows<{ source: string }>(connection, "SELECT any_value(source) AS source FROM enveloppes");
  const alerts = await queryRows<{ rule: string; dossiers: bigint }>(connection, "SELECT rule, count(DISTINCT dossier_id) AS dossiers FROM alerts GROUP BY rule");
  const out: string[] = [];
  const width = Math.max(7, ...files.map((f) => f.file.length));
  out.push(`${"Fichier".padEnd(width)}  ${"lues".padStart(8)}  ${"gardées".padStart(8)}  ${"rejetées".padStart(8)}  format`);
  for (const f of files) {
    out.push(`${f.file.padEnd(width)}  ${String(f.read).padStart(8)}  ${String(f.kept).padStart(8)}  ${String(f.rejected).padStart(8)}  ${f.format}`);
    if (f.extra.length > 0) out.push(`${"".padEnd(width)}  colonnes ignorées : ${f.extra.join(", ")}`);
  }
  if (source?.source === "deliberation-2016") out.push("Pas d'export enveloppes : les quatre lignes de la délibération du 23 septembre 2016 s'appliquent.");

  out.push("", rejected.length === 0 ? "Aucune ligne rejetée." : "Motifs de rejet les plus fréquents :");
  for (const f of files) {
    const counts = new Map<string, number>();
    for (const r of rejected) {
      if (r.file !== f.file) continue;
      // One row may hold several faults; details in parentheses vary from row to row.
      for (const reason of reasonsOf(r.column, r.reason)) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, topReasons);
    for (const [reason, n] of top) out.push(`  ${f.file.padEnd(width)}  ${String(n).padStart(6)} × ${reason}`);
  }

  out.push("", alerts.length === 0 ? "Aucune alerte sur les règles de financement." : "Alertes par règle :");
  for (const rule of ALERT_RULES) {
    const found = alerts.find((a) => a.rule === rule.code);
    if (found) out.push(`  ${rule.code.padEnd(16)} ${String(found.dossiers).padStart(6)} dossier(s)  ${rule.label}`);
  }
  out.push(...(await changesSummary(connection)));
  return out.join("\n");
}

/** What changed since the previous export, in a few lines; nothing with a single export. */
async function changesSummary(connection: DuckDBConnection): Promise<string[]> {
  const changes = await changesSincePrevious(connection);
  if (changes === null) return [];
  const euro = (n: number) => `${n > 0 ? "+" : ""}${n.toLocaleString("fr-FR", { maximumFractionDigits: 2 })} €`;
  return [
    "",
    `Depuis l'export du ${changes.previous} (export courant : ${changes.current}) :`,
    `  ${changes.newDossiers.length} nouveau(x) dossier(s), ${changes.statusChanges.length} changement(s) de statut`,
    `  ${changes.newPayments.count} nouveau(x) paiement(s) pour ${euro(changes.newPayments.amount)}`,
    `  engagé INS'pir ${euro(changes.engaged)}, mandaté ${euro(changes.paid)}`,
    `  alertes : ${changes.alerts.new.length} nouvelle(s) (${changes.alerts.new.join(", ") || "aucune"}), ${changes.alerts.resolved.length} résolue(s) (${changes.alerts.resolved.join(", ") || "aucune"})`
  ];
}

function reasonsOf(column: string, reason: string): string[] {
  const generic = (text: string) => text.replace(/\s*\([^)]*\)/g, "").trim();
  const columns = column.split(" ; ");
  if (columns.length === 1) return [`${column} : ${generic(reason)}`];
  return reason.split(" ; ").map(generic);
}
