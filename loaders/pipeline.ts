import type { DuckDBConnection } from "@duckdb/node-api";
import { type Alert, findAlerts } from "./alerts/rules.js";
import { limitsFromEnv } from "./config/limits.js";
import { type CheckedToCsv, checkExportsToCsv } from "./db/check-exports-to-csv.js";
import { ALERTS_TABLE } from "./db/tables.js";
import { writeTable } from "./db/table-def.js";
import { writeViews } from "./db/views.js";
import { withConnection } from "./db/with-connection.js";
import { createLoadTables, importKeptRows, writeLoadReports } from "./db/write-load.js";
import { type IndicatorsDocument, indicatorsDocument } from "./indicators/document.js";
import { type LoadOptions, type LoadReport, settleExportReferences, settleExports } from "./load/load-exports.js";
import { withScratchDir } from "./os/scratch-dir.js";
import { locateExports } from "./read/locate-exports.js";

export interface BuildOptions extends LoadOptions {
  /** Check the exports in worker threads; by default, when they are large (see checkExportsToCsv). */
  threads?: boolean;
}

/**
 * Loads a folder of exports into an open database (every table and view) and finds the alerts. Each export is
 * checked on its own (when the exports are large, paiements and suivi in a worker thread) and its kept rows written
 * as CSV, which DuckDB then imports; the alerts are found as soon as dossiers and paiements are in.
 * On a fatal load problem it throws with the database half written: callers drop it (in memory) or never move it into place.
 */
export async function buildDatabase(connection: DuckDBConnection, dataDir: string, options: BuildOptions = {}): Promise<{ report: LoadReport; alerts: Alert[] }> {
  const limits = options.limits ?? limitsFromEnv();
  const paths = await locateExports(dataDir);
  let alerts: Alert[] = [];
  const report = await withScratchDir("inspir-load", async (dir) => {
    const imported = new Set<CheckedToCsv>();
    const importNow = async (c: CheckedToCsv, excludedLines: readonly number[]) => {
      await importKeptRows(connection, c.files, { [c.check.kind]: excludedLines });
      imported.add(c);
    };
    const checked = await checkExportsToCsv(paths, dir, {
      limits,
      log: options.log,
      threads: options.threads,
      // Once this thread's exports are checked, while the worker checks suivi: the alerts read dossiers and paiements
      // only, so both are imported and the alerts found now. Dossiers refer to no other export: their file is final.
      meanwhile: async (checkedExport) => {
        await createLoadTables(connection);
        const dossiers = (await checkedExport("dossiers"))!;
        await importNow(dossiers, []);
        const paiements = await checkedExport("paiements");
        if (paiements) await importNow(paiements, settleExportReferences(paiements.check, dossiers.check));
        await writeViews(connection);
        alerts = await findAlerts(connection);
        await writeTable(connection, ALERTS_TABLE, alerts);
      }
    });
    const { report, excludedLines } = settleExports(checked.map((c) => c.check));
    await importKeptRows(connection, checked.filter((c) => !imported.has(c)).flatMap((c) => c.files), excludedLines);
    await writeLoadReports(connection, report);
    return report;
  });
  return { report, alerts };
}

/** Loads a folder of exports and computes the analysts' document in an in-memory DuckDB. */
export async function computeIndicators(options: { dataDir: string } & BuildOptions): Promise<IndicatorsDocument> {
  return withConnection(":memory:", async (connection) => {
    const { report } = await buildDatabase(connection, options.dataDir, options);
    return indicatorsDocument(connection, report);
  });
}
