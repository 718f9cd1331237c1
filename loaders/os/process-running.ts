import { hasExited, readProcStat } from "./proc-stat.js";

/**
 * Whether a process with this id is alive (EPERM: it is, under another user). A zombie is not: a process killed in a
 * container whose first process does not reap its orphans stays one, and would hold its lock forever.
 */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  const stat = readProcStat(pid);
  return stat === null || !hasExited(stat);
}
