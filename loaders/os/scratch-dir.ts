import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isProcessRunning } from "./process-running.js";

/**
 * Runs `work` with a new private folder under the system's temporary folder, removed afterwards. The folder's name
 * carries the process id, so that folders of killed runs are swept by the next run instead of piling up.
 */
export async function withScratchDir<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  await removeStaleScratchDirs(prefix);
  const dir = await mkdtemp(join(tmpdir(), `${prefix}-${process.pid}-`));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
    // Again once done: a run killed just before this one started may not have been reaped yet at the first sweep.
    await removeStaleScratchDirs(prefix);
  }
}

async function removeStaleScratchDirs(prefix: string): Promise<void> {
  for (const name of await readdir(tmpdir())) {
    const pid = name.startsWith(`${prefix}-`) ? /^(\d+)-/.exec(name.slice(prefix.length + 1))?.[1] : undefined;
    if (pid === undefined || Number(pid) === process.pid || isProcessRunning(Number(pid))) continue;
    // Best effort: on a shared machine the folder may be another user's, which this one may not delete.
    await rm(join(tmpdir(), name), { recursive: true, force: true }).catch(() => {});
  }
}
