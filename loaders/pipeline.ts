import type { DuckDBConnection } from "@duckdb/node-api";
import { type Alert, findAlerts } from "./alerts/rules.js";
import { ALERTS_TABLE } from "./db/tables.js";
import { writeTable } from "./db/table-def.js";
import { writeViews } from "./db/views.js";
import { withConnection } from "./db/with-connection.js";
import { writeLoad } from "./db/write-load.js";
import { type IndicatorsDocument, indicatorsDocument } from "./indicators/document.js";
import { type LoadOptions, type LoadResult, loadExports } from "./load/load-exports.js";

/** Writes every table and view of a load, then the alerts, into an open database; returns the alerts. */
export async function buildDatabase(connection: DuckDBConnection, load: LoadResult): Promise<Alert[]> {
  await writeLoad(connection, load);
  await writeViews(connection);
  const alerts = await findAlerts(connection);
  await writeTable(connection, ALERTS_TABLE, alerts);
  return alerts;
}

/** Loads a folder of exports and computes the analysts' document in an in-memory DuckDB. */
export async function computeIndicators(options: { dataDir: string } & LoadOptions): Promise<IndicatorsDocument> {
  const load = await loadExports(options.dataDir, options);
  return withConnection(":memory:", async (connection) => {
    await buildDatabase(connection, load);
    return indicatorsDocument(connection, load);
  });
}
