import type { Alert } from "../alerts/rules.js";
import { ALERT_RULES } from "../alerts/rules.js";
import type { LoadReport } from "../load/load-exports.js";

/** The human summary of a load: per file rows read / kept / rejected, the most frequent reasons, the alerts by rule. */
export function loadSummary(load: LoadReport, alerts: readonly Alert[], topReasons = 5): string {
  const out: string[] = [];
  const width = Math.max(7, ...load.files.map((f) => f.file.length));
  out.push(`${"Fichier".padEnd(width)}  ${"lues".padStart(8)}  ${"gardées".padStart(8)}  ${"rejetées".padStart(8)}  format`);
  for (const f of load.files) {
    out.push(`${f.file.padEnd(width)}  ${String(f.read).padStart(8)}  ${String(f.kept).padStart(8)}  ${String(f.rejected).padStart(8)}  ${f.format}`);
    if (f.extraColumns.length > 0) out.push(`${"".padEnd(width)}  colonnes ignorées : ${f.extraColumns.join(", ")}`);
  }
  if (load.enveloppesSource === "deliberation-2016") out.push("Pas d'export enveloppes : les quatre lignes de la délibération du 23 septembre 2016 s'appliquent.");

  out.push("", load.rejected.length === 0 ? "Aucune ligne rejetée." : "Motifs de rejet les plus fréquents :");
  for (const f of load.files) {
    const counts = new Map<string, number>();
    for (const r of load.rejected) {
      if (r.file !== f.file) continue;
      // One row may hold several faults; details in parentheses vary from row to row.
      for (const reason of reasonsOf(r.column, r.reason)) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, topReasons);
    for (const [reason, n] of top) out.push(`  ${f.file.padEnd(width)}  ${String(n).padStart(6)} × ${reason}`);
  }

  out.push("", alerts.length === 0 ? "Aucune alerte sur les règles de financement." : "Alertes par règle :");
  for (const rule of ALERT_RULES) {
    const matching = alerts.filter((a) => a.rule === rule.code);
    if (matching.length === 0) continue;
    const dossiers = new Set(matching.map((a) => a.dossier_id)).size;
    out.push(`  ${rule.code.padEnd(16)} ${String(dossiers).padStart(6)} dossier(s)  ${rule.label}`);
  }
  return out.join("\n");
}

function reasonsOf(column: string, reason: string): string[] {
  const generic = (text: string) => text.replace(/\s*\([^)]*\)/g, "").trim();
  const columns = column.split(" ; ");
  if (columns.length === 1) return [`${column} : ${generic(reason)}`];
  return reason.split(" ; ").map(generic);
}
