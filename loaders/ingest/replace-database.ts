import { readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { withConnection } from "../db/with-connection.js";
import { isProcessRunning } from "../os/process-running.js";

/**
 * Builds a DuckDB file next to `path` and moves it into place only once complete,
 * so that an interrupted or failed build leaves the previous file untouched.
 */
export async function replaceDatabase(path: string, build: (connection: DuckDBConnection) => Promise<void>): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}`;
  await removeStaleTemporaries(path);
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
  // Again once done: a run killed just before this one started may not have been reaped yet at the first sweep.
  await removeStaleTemporaries(path);
}

/** Removes the temporary files of earlier builds whose process is gone (killed), so that they do not pile up. */
async function removeStaleTemporaries(path: string): Promise<void> {
  const prefix = `${basename(path)}.tmp-`;
  for (const name of await readdir(dirname(path))) {
    const pid = name.startsWith(prefix) ? /^(\d+)(?:\.wal)?$/.exec(name.slice(prefix.length))?.[1] : undefined;
    // A build still running elsewhere keeps its temporary file.
    if (pid !== undefined && Number(pid) !== process.pid && !isProcessRunning(Number(pid))) await rm(join(dirname(path), name), { force: true });
  }
}

async function removeDatabase(path: string): Promise<void> {
  await rm(path, { force: true });
  await rm(`${path}.wal`, { force: true });
}
