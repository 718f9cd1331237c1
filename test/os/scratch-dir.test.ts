import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withScratchDir } from "../../loaders/os/scratch-dir.js";

/** The id of a process that has already exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout);
}

describe("withScratchDir", () => {
  it("gives a private folder named by the process id, removed afterwards, even when the work throws", async () => {
    let seen = "";
    await withScratchDir("inspir-test-scratch", async (dir) => {
      seen = dir;
      expect(dir.startsWith(join(tmpdir(), `inspir-test-scratch-${process.pid}-`))).toBe(true);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    });
    expect(existsSync(seen)).toBe(false);
    await expect(
      withScratchDir("inspir-test-scratch", async (dir) => {
        seen = dir;
        throw new Error("boom");
      })
    ).rejects.toThrow("boom");
    expect(existsSync(seen)).toBe(false);
  });

  it("sweeps the folders of processes that are gone, and only those", async () => {
    const stale = join(tmpdir(), `inspir-test-sweep-${deadPid()}-abc`);
    const live = join(tmpdir(), `inspir-test-sweep-${process.ppid}-abc`);
    const other = join(tmpdir(), "inspir-test-sweep-notapid");
    for (const dir of [stale, live, other]) mkdirSync(join(dir, "inside"), { recursive: true });
    await withScratchDir("inspir-test-sweep", async () => {});
    expect([existsSync(stale), existsSync(live), existsSync(other)]).toEqual([false, true, true]);
  });
});
