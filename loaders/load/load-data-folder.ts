import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import { historyEntry } from "../indicators/history-entry.js";
import { type ExportFolder, locateExportFolders } from "../read/locate-export-folders.js";
import { exportsDate } from "../site/exports-date.js";
import { createHistoryTables, writeChanges } from "../tables/history-tables.js";
import { cachedExportDatabase } from "./export-cache.js";
import { type LoadOptions, loadExports } from "./load-exports.js";

export interface DataFolderOptions extends LoadOptions {
  /** Where each export's load is kept between runs (see cachedExportDatabase); without it every export is loaded. */
  cacheDir?: string;
}

/**
 * Loads a data folder: one export, or dated sub-folders of exports (exports.md, "Several exports over time"). The
 * current export's tables fill the default catalog; each export is loaded once, on its own, by the same rules; then
 * `exports`, `history` and `changes` (current against previous) are written. Throws LoadError as loadExports does.
 */
export async function loadDataFolder(connection: DuckDBConnection, dataDir: string, options: DataFolderOptions = {}): Promise<void> {
  const folders = await locateExportFolders(dataDir);
  const [{ main } = { main: "memory" }] = await queryRows<{ main: string }>(connection, "SELECT current_database() AS main");
  const current = folders.length - 1;
  // Catalog of each export: the default one for the current export, an attached one for each earlier export.
  const catalogs = folders.map((_, i) => (i === current ? main : `export_${i}`));
  if (options.cacheDir !== undefined) {
    const paths: string[] = [];
    for (const folder of folders) paths.push(await cachedExportDatabase(folder, options.cacheDir, options));
    await attach(connection, paths[current]!, "current_export");
    await connection.run(`COPY FROM DATABASE current_export TO "${main}"`);
    await connection.run("DETACH current_export");
    for (let i = 0; i < current; i++) await attach(connection, paths[i]!, catalogs[i]!);
  } else {
    for (let i = 0; i < current; i++) {
      await connection.run(`ATTACH ':memory:' AS ${catalogs[i]}`);
      await inCatalog(connection, catalogs[i]!, main, () => loadExports(connection, folders[i]!.dir, options));
    }
    await loadExports(connection, folders[current]!.dir, options);
  }
  const summaries = [];
  for (let i = 0; i <= current; i++) summaries.push(await inCatalog(connection, catalogs[i]!, main, () => exportSummary(connection, folders[i]!)));
  await createHistoryTables(connection);
  for (const [i, s] of summaries.entries()) {
    await connection.run("INSERT INTO exports VALUES ($date::DATE, $current, string_split($files, '/'), $read, $kept, $rejected)", {
      date: s.history.date, current: i === current, files: s.files.join("/"), read: s.read, kept: s.kept, rejected: s.rejected
    });
    await connection.run("INSERT INTO history VALUES ($date::DATE, $envelope, $engaged, $paid, $events)", { ...s.history });
  }
  if (current > 0) await writeChanges(connection, catalogs[current - 1]!);
  for (let i = 0; i < current; i++) await connection.run(`DETACH ${catalogs[i]}`);
}

/** ATTACH takes no bound parameter: the path is quoted as a SQL string. */
async function attach(connection: DuckDBConnection, path: string, catalog: string): Promise<void> {
  await connection.run(`ATTACH '${path.replaceAll("'", "''")}' AS ${catalog} (READ_ONLY)`);
}

/** Runs `work` with `catalog` as the default catalog, so that the loaders' unqualified names are that export's tables. */
async function inCatalog<T>(connection: DuckDBConnection, catalog: string, main: string, work: () => Promise<T>): Promise<T> {
  await connection.run(`USE "${catalog}"`);
  try {
    return await work();
  } finally {
    await connection.run(`USE "${main}"`);
  }
}

async function exportSummary(connection: DuckDBConnection, folder: ExportFolder) {
  const date = folder.date ?? (await exportsDate(connection));
  const [totals] = await queryRows<{ files: string[]; read: bigint; kept: bigint; rejected: bigint }>(
    connection,
    "SELECT list(file ORDER BY file) AS files, coalesce(sum(read), 0)::BIGINT AS read, coalesce(sum(kept), 0)::BIGINT AS kept, coalesce(sum(rejected), 0)::BIGINT AS rejected FROM files"
  );
  // An export with no dated row at all has no date: its history entry cannot be placed in time.
  const history = date === null ? { date: null, envelope: 0, engaged: 0, paid: 0, events: 0 } : await historyEntry(connection, date);
  return { files: totals?.files ?? [], read: Number(totals?.read ?? 0n), kept: Number(totals?.kept ?? 0n), rejected: Number(totals?.rejected ?? 0n), history };
}
