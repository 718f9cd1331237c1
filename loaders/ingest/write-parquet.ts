import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";

/**
 * Writes every table of a loaded database as `<table>.parquet` in `folder` (created if needed), personal_data
 * included, so that the same SQL runs on another engine; the views are SQL over them (README).
 */
export async function writeParquet(connection: DuckDBConnection, folder: string, log: (message: string) => void = () => {}): Promise<void> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const tables = await queryRows<{ name: string }>(connection, "SELECT table_name AS name FROM duckdb_tables() WHERE NOT temporary ORDER BY 1");
  for (const { name } of tables) {
    // COPY takes no bound parameter: the path is quoted as an SQL literal.
    const target = join(folder, `${name}.parquet`).replaceAll("'", "''");
    await connection.run(`COPY "${name}" TO '${target}' (FORMAT parquet)`);
  }
  log(`${tables.length} tables écrites en Parquet dans ${folder}`);
}
