import { rename, rm } from "node:fs/promises";
import type { DuckDBConnection } from "@duckdb/node-api";
import { withConnection } from "../db/with-connection.js";

/**
 * Builds a DuckDB file next to `path` and moves it into place only once complete,
 * so that an interrupted or failed build leaves the previous file untouched.
 */
export async function replaceDatabase(path: string, build: (connection: DuckDBConnection) => Promise<void>): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}`;
  await removeDatabase(temporary);
  try {
    await withConnection(temporary, async (connection) => {
      await build(connection);
      await connection.run("CHECKPOINT");
    });
    // A write-ahead log left by an older file would be replayed onto the new one.
    await rm(`${path}.wal`, { force: true });
    await rename(temporary, path);
  } finally {
    await removeDatabase(temporary);
  }
}

async function removeDatabase(path: string): Promise<void> {
  await rm(path, { force: true });
  await rm(`${path}.wal`, { force: true });
}
