import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { isProcessRunning } from "../../loaders/os/process-running.js";

describe("isProcessRunning", () => {
  it("is true for this process and false for an id no process has", () => {
    expect(isProcessRunning(process.pid)).toBe(true);
    expect(isProcessRunning(2 ** 22 + 1)).toBe(false);
  });

  it.runIf(process.platform === "linux")("is false for a zombie: a process that exited and that no one reaps", async () => {
    // A short sleep runs in the background of a shell that then becomes `sleep 5`, which never waits for it; it ends
    // after the exec, as one ending first could be reaped by the shell itself (seen on a loaded machine).
    const parent = spawn("sh", ["-c", "sleep 0.5 & echo $!; exec sleep 5"], { stdio: ["ignore", "pipe", "ignore"] });
    try {
      const [chunk] = (await once(parent.stdout!, "data")) as [Buffer];
      const zombie = Number(chunk.toString().trim());
      await expect.poll(() => isProcessRunning(zombie), { timeout: 3000 }).toBe(false);
      // Still there for the kernel: signal 0 reaches it.
      expect(() => process.kill(zombie, 0)).not.toThrow();
    } finally {
      parent.kill("SIGKILL");
    }
  });
});
