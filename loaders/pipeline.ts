import type { DuckDBConnection } from "@duckdb/node-api";
import { type Alert, findAlerts } from "./alerts/rules.js";
import { ALERTS_TABLE } from "./db/tables.js";
import { writeTable } from "./db/table-def.js";
import { writeViews } from "./db/views.js";
import { withConnection } from "./db/with-connection.js";
import { openLoadWriter } from "./db/write-load.js";
import { type IndicatorsDocument, indicatorsDocument } from "./indicators/document.js";
import { type KeptRowSinks, type LoadOptions, type LoadReport, streamExports } from "./load/load-exports.js";

export interface BuildOptions extends LoadOptions {
  /** Also receive the kept rows as they are written (e.g. to collect the review years). */
  tap?: Partial<KeptRowSinks>;
}

/**
 * Loads a folder of exports straight into an open database (every table and view), then finds the alerts.
 * On a fatal load problem it throws with the database half written: callers drop it (in memory) or never move it into place.
 */
export async function buildDatabase(connection: DuckDBConnection, dataDir: string, options: BuildOptions = {}): Promise<{ report: LoadReport; alerts: Alert[] }> {
  const writer = await openLoadWriter(connection);
  const report = await streamExports(dataDir, tapped(writer.sinks, options.tap), options);
  await writer.finish(report);
  await writeViews(connection);
  const alerts = await findAlerts(connection);
  await writeTable(connection, ALERTS_TABLE, alerts);
  return { report, alerts };
}

/** Loads a folder of exports and computes the analysts' document in an in-memory DuckDB. */
export async function computeIndicators(options: { dataDir: string } & LoadOptions): Promise<IndicatorsDocument> {
  return withConnection(":memory:", async (connection) => {
    const { report } = await buildDatabase(connection, options.dataDir, options);
    return indicatorsDocument(connection, report);
  });
}

function tapped(sinks: KeptRowSinks, tap: Partial<KeptRowSinks> = {}): KeptRowSinks {
  const both = <T>(write: (row: T, file: string) => void, also?: (row: T, file: string) => void) =>
    also
      ? (row: T, file: string) => {
          write(row, file);
          also(row, file);
        }
      : write;
  return { dossier: both(sinks.dossier, tap.dossier), paiement: both(sinks.paiement, tap.paiement), idee: both(sinks.idee, tap.idee), marqueur: both(sinks.marqueur, tap.marqueur) };
}
