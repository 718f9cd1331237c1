import type { DuckDBConnection } from "@duckdb/node-api";
import { withConnection } from "../db/with-connection.js";
import { type DataFolderOptions, loadDataFolder } from "./load-data-folder.js";

/** Where a loaded database comes from: a file a build already loaded (opened read-only), or a folder of exports to load in memory. */
export type DatabaseSource = { database: string } | ({ dataDir: string } & DataFolderOptions);

/** Runs `work` on a database holding every table of a load (see loadDataFolder). */
export async function withLoadedDatabase<T>(source: DatabaseSource, work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  if ("database" in source) return withConnection(source.database, work, { access_mode: "READ_ONLY" });
  return withConnection(":memory:", async (connection) => {
    await loadDataFolder(connection, source.dataDir, source);
    return work(connection);
  });
}
