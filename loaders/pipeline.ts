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
import { type LoadOptions, type LoadReport, settleExports } from "./load/load-exports.js";
import { withScratchDir } from "./os/scratch-dir.js";
import { locateExports } from "./read/locate-exports.js";

export interface BuildOptions extends LoadOptions {
  /** Check the exports in worker threads; by default, when they are large (see checkExportsToCsv). */
  threads?: boolean;
}

/**
 * Loads a folder of exports into an open database (every table and view), then finds the alerts. Each export is
 * checked on its own (when the exports are large, paiements and suivi in a worker thread) and its kept rows written
 * as CSV, which DuckDB then imports.
 * On a fatal load problem it throws with the database half written: callers drop it (in memory) or never move it into place.
 */
export async function buildDatabase(connection: DuckDBConnection, dataDir: string, options: BuildOptions = {}): Promise<{ report: LoadReport; alerts: Alert[] }> {
  const limits = options.limits ?? limitsFromEnv();
  const paths = await locateExports(dataDir);
  const report = await withScratchDir("inspir-load", async (dir) => {
    const imported = new Set<CheckedToCsv>();
    const checked = await checkExportsToCsv(paths, dir, {
      limits,
      log: options.log,
      threads: options.threads,
      // This thread's exports are checked, the worker's may not be: create the tables and import the dossiers meanwhile.
      // Settling references never excludes a dossier (dossiers refer to no other export): their file is final.
      meanwhile: async (here) => {
        await createLoadTables(connection);
        const dossiers = here.filter((c) => c.check.kind === "dossiers");
        await importKeptRows(connection, dossiers.flatMap((c) => c.files), {});
        for (const c of dossiers) imported.add(c);
      }
    });
    const { report, excludedLines } = settleExports(checked.map((c) => c.check));
    await importKeptRows(connection, checked.filter((c) => !imported.has(c)).flatMap((c) => c.files), excludedLines);
    await writeLoadReports(connection, report);
    return report;
  });
  await writeViews(connection);
  const alerts = await findAlerts(connection);
  await writeTable(connection, ALERTS_TABLE, alerts);
  return { report, alerts };
}

/** Loads a folder of exports and computes the analysts' document in an in-memory DuckDB. */
export async function computeIndicators(options: { dataDir: string } & BuildOptions): Promise<IndicatorsDocument> {
  return withConnection(":memory:", async (connection) => {
    const { report } = await buildDatabase(connection, options.dataDir, options);
    return indicatorsDocument(connection, report);
  });
}
