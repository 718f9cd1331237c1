import { readFileSync } from "node:fs";

/** What Linux's /proc says of a process: its state letter (`R`, `S`, `Z` for a zombie…) and its process group. */
export interface ProcStat {
  state: string;
  pgid: number;
}

/** The state and process group of `pid` from /proc/<pid>/stat; null when it has none (gone, or no /proc on this system). */
export function readProcStat(pid: number): ProcStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // The fields follow the command name, which is in parentheses and may itself hold spaces or parentheses.
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return { state: fields[0] ?? "", pgid: Number(fields[2]) };
}

/** Whether a state letter is that of a process that has exited (a zombie waiting to be reaped, or dead). */
export function hasExited(stat: ProcStat): boolean {
  return stat.state === "Z" || stat.state === "X";
}
