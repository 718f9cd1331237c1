import os from "node:os";

/** The machine a bench ran on, as written at the top of the report. */
export interface Machine {
  cores: number;
  cpuModel: string;
  /** Total memory, in bytes. */
  memoryBytes: number;
  node: string;
  os: string;
  /** One-minute load average when the bench started: another job on the machine skews every number. */
  loadAverage: number;
  /** Start of the run, ISO 8601 UTC. */
  date: string;
}

/** Describes this machine now. */
export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    memoryBytes: os.totalmem(),
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    loadAverage: os.loadavg()[0] ?? 0,
    date: new Date().toISOString()
  };
}
