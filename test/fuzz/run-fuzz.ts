import { Worker } from "node:worker_threads";
import fc from "fast-check";
import { BASE_FILES } from "./base-exports.js";
import { type FuzzCase, caseArbitrary } from "./mutations.js";
import type { Outcome } from "./run-case.js";

/** Counts by outcome, with a few examples of each bad one. */
export interface FuzzReport {
  cases: number;
  loaded: number;
  refused: number;
  uncaught: number;
  hangs: number;
  mismatches: number;
  examples: { kind: string; fuzz: FuzzCase; message: string }[];
}

/** The deterministic list of cases for a seed. */
export function fuzzCases(count: number, seed: number): FuzzCase[] {
  return fc.sample(caseArbitrary(BASE_FILES), { numRuns: count, seed });
}

/**
 * Runs the cases in a worker thread, each bounded by `timeoutMs`: a case that does not answer in time is a
 * hang, and the worker is replaced. Every `fullEvery`-th case also runs DuckDB and the indicators.
 */
export async function runFuzz(cases: readonly FuzzCase[], { timeoutMs = 20_000, fullEvery = 10, onProgress }: { timeoutMs?: number; fullEvery?: number; onProgress?: (done: number) => void } = {}): Promise<FuzzReport> {
  const report: FuzzReport = { cases: cases.length, loaded: 0, refused: 0, uncaught: 0, hangs: 0, mismatches: 0, examples: [] };
  const example = (kind: string, fuzz: FuzzCase, message: string) => {
    if (report.examples.filter((e) => e.kind === kind).length < 5) report.examples.push({ kind, fuzz, message });
  };
  let worker = await startWorker();
  try {
    for (let i = 0; i < cases.length; i++) {
      const fuzz = cases[i]!;
      const result = await runInWorker(worker, i, fuzz, i % fullEvery === 0, timeoutMs);
      if (result === "timeout") {
        report.hangs++;
        example("hang", fuzz, `no answer in ${timeoutMs} ms`);
        await worker.terminate();
        worker = await startWorker();
      } else if (result.outcome === "loaded") {
        report.loaded++;
        if (result.mismatches.length > 0) {
          report.mismatches++;
          example("mismatch", fuzz, result.mismatches.join("; "));
        }
      } else if (result.outcome === "refused") report.refused++;
      else {
        report.uncaught++;
        example("uncaught", fuzz, result.message);
      }
      onProgress?.(i + 1);
    }
  } finally {
    await worker.terminate();
  }
  return report;
}

function startWorker(): Promise<Worker> {
  const worker = new Worker(new URL("./fuzz-worker-bootstrap.mjs", import.meta.url));
  return new Promise((resolve, reject) => {
    worker.once("message", () => resolve(worker));
    worker.once("error", reject);
  });
}

function runInWorker(worker: Worker, id: number, fuzz: FuzzCase, full: boolean, timeoutMs: number): Promise<Outcome | "timeout"> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      worker.off("message", onMessage);
      resolve("timeout");
    }, timeoutMs);
    const onMessage = (message: { id: number; result: Outcome }) => {
      if (message.id !== id) return;
      clearTimeout(timer);
      worker.off("message", onMessage);
      resolve(message.result);
    };
    worker.on("message", onMessage);
    worker.postMessage({ id, fuzz, full });
  });
}
