import { spawn } from "node:child_process";
import { chmod, copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasExited, readProcStat } from "../../loaders/os/proc-stat.js";

describe.runIf(process.platform === "linux")("readProcStat", () => {
  it("reads a running process's state and group, and null for an id no process has", () => {
    const stat = readProcStat(process.pid);
    expect(stat?.state).toMatch(/^[RS]$/);
    expect(stat && hasExited(stat)).toBe(false);
    expect(stat?.pgid).toBeGreaterThan(0);
    expect(readProcStat(2 ** 22 + 1)).toBeNull();
  });

  it("finds the fields after a command name that holds spaces and parentheses", async () => {
    const dir = await mkdtemp(join(tmpdir(), "proc-stat-"));
    // The kernel names a process after its executable's file: a copy of sleep called "a) (b".
    const executable = join(dir, "a) (b");
    await copyFile("/bin/sleep", executable);
    await chmod(executable, 0o755);
    const child = spawn(executable, ["5"], { detached: true, stdio: "ignore" });
    try {
      await expect.poll(() => readProcStat(child.pid!)?.pgid, { timeout: 3000 }).toBe(child.pid);
      expect(readProcStat(child.pid!)?.state).toMatch(/^[RS]$/);
    } finally {
      child.kill("SIGKILL");
      await rm(dir, { recursive: true, force: true });
    }
  });
});
