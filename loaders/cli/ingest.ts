import { resolve } from "node:path";
import { z } from "zod";
import { queryRows } from "../db/with-connection.js";
import { replaceDatabase } from "../ingest/replace-database.js";
import { writeParquet } from "../ingest/write-parquet.js";
import { loadDataFolder } from "../load/load-data-folder.js";
import { parseOptions } from "./args.js";
import { loadSummary } from "./load-summary.js";
import { logProgress, runCommand } from "./run-command.js";

const USAGE = "Usage : npm run ingest -- --data <dossier des exports> --db <fichier .duckdb> [--parquet <dossier>]";

await runCommand(async () => {
  const options = parseOptions(process.argv.slice(2), z.object({ data: z.string().min(1), db: z.string().min(1), parquet: z.string().min(1).optional() }), USAGE);
  const db = resolve(options.db);
  logProgress(`Lecture de ${options.data}…`);
  let summary = "";
  let tables: string[] = [];
  // The exports load into a new file; a fatal problem leaves the previous file in place.
  await replaceDatabase(db, async (connection) => {
    await loadDataFolder(connection, options.data, { log: logProgress });
    summary = await loadSummary(connection);
    tables = (await queryRows<{ name: string }>(connection, "SELECT table_name AS name FROM duckdb_tables() WHERE NOT temporary UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal AND NOT temporary ORDER BY 1")).map((t) => t.name);
    if (options.parquet) await writeParquet(connection, resolve(options.parquet), logProgress);
  });
  process.stdout.write(`${summary}\n\nBase écrite : ${db}\nTables et vues : ${tables.join(", ")}\n${options.parquet ? `Parquet : ${resolve(options.parquet)}\n` : ""}`);
});
