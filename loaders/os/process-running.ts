import { readFileSync } from "node:fs";

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
  return !isZombie(pid);
}

/** Whether Linux's /proc says the process has exited and waits to be reaped (false where there is no /proc). */
function isZombie(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return false;
  }
  // The state follows the command name, which is in parentheses and may itself hold spaces or parentheses.
  const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  return state === "Z" || state === "X";
}
