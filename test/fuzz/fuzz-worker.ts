import { parentPort } from "node:worker_threads";
import { baseExports } from "./base-exports.js";
import type { FuzzCase } from "./mutations.js";
import { runCase } from "./run-case.js";

// Runs the cases it is sent, one at a time, so that the parent can stop a case that hangs by ending this thread.
const base = await baseExports();
parentPort?.on("message", async ({ id, fuzz, full }: { id: number; fuzz: FuzzCase; full: boolean }) => {
  parentPort?.postMessage({ id, result: await runCase(base, fuzz, full) });
});
parentPort?.postMessage({ ready: true });
