import { chmod, link, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { basename, dirname, join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { withConnection } from "../db/with-connection.js";
import { LoadError } from "../load-error.js";
import { isProcessRunning } from "../os/process-running.js";

/**
 * Builds a DuckDB file next to `path` and moves it into place only once complete, so that an interrupted or failed
 * build leaves the previous file untouched. One build at a time per file: a second one started meanwhile fails at
 * once, naming the first one's process, rather than racing it. The file (and its write-ahead log) is created with
 * mode 0600: it holds personal data, and only the user who loads it may read it.
 */
export async function replaceDatabase(path: string, build: (connection: DuckDBConnection) => Promise<void>, { cache = false }: ReplaceOptions = {}): Promise<void> {
  const release = await lock(path, cache);
  try {
    // A cache entry another build wrote while this one waited is the same file: use it.
    if (cache && (await stat(path).then(() => true, () => false))) return;
    const temporary = `${path}.tmp-${process.pid}`;
    await removeStaleTemporaries(path);
    await removeDatabase(temporary);
    // DuckDB creates its files with the process's umask: narrowed while it writes, so that no one else can read them.
    const umask = process.umask(0o077);
    try {
      await withConnection(temporary, async (connection) => {
        await build(connection);
        await connection.run("CHECKPOINT");
      });
      await chmod(temporary, DATABASE_MODE);
      // A write-ahead log left by an older file would be replayed onto the new one.
      await rm(`${path}.wal`, { force: true });
      await rename(temporary, path);
    } catch (error) {
      throw diskFull(error) ? new LoadError(basename(path), `espace disque insuffisant pour écrire la base dans ${dirname(path)} ; la base précédente est intacte`) : error;
    } finally {
      process.umask(umask);
      await removeDatabase(temporary);
    }
    // Again once done: a run killed just before this one started may not have been reaped yet at the first sweep.
    await removeStaleTemporaries(path);
  } finally {
    await release();
  }
}

export interface ReplaceOptions {
  /**
   * The file is a cache entry named by its content (a build's database, an export's load): a second build of it
   * started meanwhile waits for the first and uses its file, instead of failing.
   */
  cache?: boolean;
}

/** Mode of a written database: read and write for its owner only. */
export const DATABASE_MODE = 0o600;

/** Whether an error (Node's or DuckDB's) says a disk is full. */
export function diskFull(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === "ENOSPC" || /no space left on device|ENOSPC/i.test(String((error as Error)?.message ?? ""));
}

/**
 * Takes `<path>.lock` for this process (created whole with its pid, by a hard link, so that it is never seen empty);
 * a lock whose process is gone (killed) is taken over. Returns what releases it.
 */
async function lock(path: string, wait: boolean): Promise<() => Promise<void>> {
  const lockPath = `${path}.lock`;
  // One per call, so that two builds of one process never share it.
  const mine = `${lockPath}.${process.pid}-${randomUUID()}`;
  await writeFile(mine, String(process.pid), { mode: 0o600 });
  try {
    for (;;) {
      try {
        await link(mine, lockPath);
        return () => rm(lockPath, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const holder = Number(await readFile(lockPath, "utf8").catch(() => "0"));
      if (holder > 0 && isProcessRunning(holder)) {
        if (wait) {
          await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
          continue;
        }
        throw new LoadError(basename(path), `une autre ingestion écrit déjà ce fichier (processus ${holder}) ; réessayer quand elle sera finie`);
      }
      await rm(lockPath, { force: true });
    }
  } finally {
    await rm(mine, { force: true });
  }
}

/** How often a build waiting for a cache entry looks whether its writer is done (ms). */
const LOCK_POLL_MS = 200;

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
