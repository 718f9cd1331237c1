import { resolve } from "node:path";
import { z } from "zod";
import type { Alert } from "../alerts/rules.js";
import { queryRows } from "../db/with-connection.js";
import { replaceDatabase } from "../ingest/replace-database.js";
import type { LoadReport } from "../load/load-exports.js";
import { buildDatabase } from "../pipeline.js";
import { parseOptions } from "./args.js";
import { loadSummary } from "./load-summary.js";
import { logProgress, runCommand } from "./run-command.js";

const USAGE = "Usage : npm run ingest -- --data <dossier des exports> --db <fichier .duckdb>";

await runCommand(async () => {
  const options = parseOptions(process.argv.slice(2), z.object({ data: z.string().min(1), db: z.string().min(1) }), USAGE);
  const db = resolve(options.db);
  logProgress(`Lecture de ${options.data}…`);
  let load: LoadReport | undefined;
  let alerts: Alert[] = [];
  let tables: string[] = [];
  // The exports stream into the new file; a fatal problem leaves the previous file in place.
  await replaceDatabase(db, async (connection) => {
    ({ report: load, alerts } = await buildDatabase(connection, options.data, { log: logProgress }));
    tables = (await queryRows<{ name: string }>(connection, "SELECT table_name AS name FROM duckdb_tables() UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1")).map((t) => t.name);
  });
  process.stdout.write(`${loadSummary(load!, alerts)}\n\nBase écrite : ${db}\nTables et vues : ${tables.join(", ")}\n`);
});
