import { stat } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import type { Limits } from "../config/limits.js";
import { LoadError } from "../load-error.js";
import { type ExportCheck, checkExport } from "../load/check-export.js";
import { EXPORT_KINDS, type ExportKind } from "../read/locate-exports.js";
import { type LoadCsvFile, openLoadCsv } from "./load-csv.js";

/** One export checked, its kept rows written as CSV files. */
export interface CheckedToCsv {
  check: ExportCheck;
  files: LoadCsvFile[];
}

export interface CheckToCsvOptions {
  limits: Limits;
  log?: (message: string) => void;
  /** Check the exports in worker threads; by default, when they weigh at least THREADS_MIN_BYTES together. */
  threads?: boolean;
  /**
   * Work for this thread once its own exports are checked, while the worker may still be checking: the checks end
   * when both are done. Not called when an export of this thread fails.
   */
  meanwhile?: (checked: CheckedExport) => Promise<void>;
}

/**
 * An export's check and files as soon as it is checked, in either thread: undefined when the folder has none; fails
 * when the worker fails before reaching it.
 */
export type CheckedExport = (kind: ExportKind) => Promise<CheckedToCsv | undefined>;

/** Below this total size (bytes), starting threads costs more than it saves. */
export const THREADS_MIN_BYTES = 4 * 1024 * 1024;

/**
 * Checks one export and writes its kept rows as CSV files in `dir` (see openLoadCsv); the same work whether it runs
 * in the main thread or in a worker.
 */
export async function checkExportToCsv(kind: ExportKind, path: string, dir: string, options: Pick<CheckToCsvOptions, "limits" | "log">): Promise<CheckedToCsv> {
  const csv = openLoadCsv(dir, kind);
  try {
    const check = await checkExport(kind, path, csv.sinks, options);
    return { check, files: csv.close() };
  } catch (error) {
    csv.close();
    throw error;
  }
}

// The exports checked side by side, in two threads for two cores (a worker costs ~0.8 s to start): suivi and
// paiements in a worker, dossiers and the small ones in this thread, which has its modules loaded already.
const WORKER_KINDS: ReadonlySet<ExportKind> = new Set(["paiements", "suivi"]);

/**
 * Checks every export found (`paths`), writing kept rows as CSV files in `dir`; returns the results in the order of
 * EXPORT_KINDS. With threads, paiements and suivi are checked in a worker thread while this thread checks the others.
 */
export async function checkExportsToCsv(paths: Partial<Record<ExportKind, string>>, dir: string, options: CheckToCsvOptions): Promise<CheckedToCsv[]> {
  const present = EXPORT_KINDS.filter((k) => paths[k] !== undefined);
  const threads = options.threads ?? (await totalBytes(present.map((k) => paths[k]!))) >= THREADS_MIN_BYTES;
  // Each export's check, settled as soon as its thread posts it.
  const posted = new Map(present.map((k) => [k, settleable<CheckedToCsv>()]));
  const checked: CheckedExport = (kind) => posted.get(kind)?.promise ?? Promise.resolve(undefined);
  const inThisThread = async (kinds: readonly ExportKind[]): Promise<CheckedToCsv[]> => {
    const results: CheckedToCsv[] = [];
    for (const kind of kinds) {
      try {
        const result = await checkExportToCsv(kind, paths[kind]!, dir, options);
        posted.get(kind)!.resolve(result);
        results.push(result);
      } catch (error) {
        throw Object.assign(error as object, { exportKind: kind });
      }
    }
    await options.meanwhile?.(checked);
    return results;
  };
  if (!threads) return inThisThread(present);
  // Each thread checks its exports in EXPORT_KINDS order and stops at its first failure: the failure of lowest rank
  // across threads is then the one the sequential check meets first.
  const elsewhere = present.filter((k) => WORKER_KINDS.has(k));
  const worker = elsewhere.length > 0 ? startWorker(elsewhere, paths, dir, options, (c) => posted.get(c.check.kind)?.resolve(c)) : undefined;
  // An export the worker never posts (it failed or was stopped before) fails whoever waits for it.
  const neverPosted = (error: unknown) => elsewhere.forEach((k) => posted.get(k)!.reject(error));
  worker?.results.then(() => neverPosted(new Error("check worker stopped")), neverPosted);
  const here = inThisThread(present.filter((k) => !WORKER_KINDS.has(k))).catch((error: unknown) => {
    // A failure that precedes every export of the worker (a broken dossiers export) is the one reported: stop the
    // worker now rather than wait for it.
    if (worker && failureRank(error) < Math.min(...elsewhere.map((k) => EXPORT_KINDS.indexOf(k)))) void worker.stop();
    throw error;
  });
  const settled = await Promise.allSettled([here, worker?.results ?? Promise.resolve([])]);
  const failures = settled.flatMap((s) => (s.status === "rejected" ? [s.reason as unknown] : []));
  if (failures.length > 0) throw failures.sort((a, b) => failureRank(a) - failureRank(b))[0];
  const results = new Map(settled.flatMap((s) => (s.status === "fulfilled" ? s.value : [])).map((r) => [r.check.kind, r]));
  return present.map((k) => results.get(k)!);
}

/** What the worker sends back: progress lines and each export once checked, then the end or its error. */
export type WorkerMessage =
  | { log: string }
  | { checked: CheckedToCsv }
  | { done: true }
  | { loadError: { kind: ExportKind; file: string; detail: string; column?: string } }
  | { error: string };

/** The data a worker starts with. */
export interface WorkerInput {
  kinds: readonly ExportKind[];
  paths: Partial<Record<ExportKind, string>>;
  dir: string;
  limits: Limits;
}

// The worker runs TypeScript too: it registers tsx (from this project's dependencies, whatever started the process)
// before importing its entry; a worker's `--import` flag does not reach its module loader on Node 20.
const TSX_API = import.meta.resolve("tsx/esm/api");
const WORKER_ENTRY = new URL("./check-exports-worker.ts", import.meta.url).href;
const WORKER_BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_ENTRY)}); });`;

/** A worker checking its exports: its results, and a way to stop it (its results are then empty). */
interface RunningWorker {
  results: Promise<CheckedToCsv[]>;
  stop: () => Promise<number>;
}

function startWorker(
  kinds: readonly ExportKind[],
  paths: Partial<Record<ExportKind, string>>,
  dir: string,
  options: CheckToCsvOptions,
  onChecked: (checked: CheckedToCsv) => void
): RunningWorker {
  const workerData: WorkerInput = { kinds, paths, dir, limits: options.limits };
  const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData });
  let stopped = false;
  const results = new Promise<CheckedToCsv[]>((resolve, reject) => {
    const checked: CheckedToCsv[] = [];
    let done = false;
    worker.on("message", (message: WorkerMessage) => {
      if ("log" in message) options.log?.(message.log);
      else if ("checked" in message) {
        checked.push(message.checked);
        onChecked(message.checked);
      } else {
        done = true;
        if ("done" in message) resolve(checked);
        else if ("loadError" in message) {
          const { kind, file, detail, column } = message.loadError;
          reject(Object.assign(new LoadError(file, detail, column), { exportKind: kind }));
        } else reject(new Error(message.error));
      }
    });
    worker.on("error", (error) => {
      done = true;
      reject(error);
    });
    worker.on("exit", (code) => {
      if (stopped) resolve([]);
      else if (!done) reject(new Error(`check worker for ${kinds.join(", ")} exited with code ${code}`));
    });
  });
  return {
    results,
    stop: () => {
      stopped = true;
      return worker.terminate();
    }
  };
}

/** Where a failure comes in the sequential order of the exports (a crash first: it is no file's fault). */
function failureRank(failure: unknown): number {
  const kind = (failure as { exportKind?: ExportKind }).exportKind;
  return kind === undefined ? -1 : EXPORT_KINDS.indexOf(kind);
}

/** A promise settled from outside (Promise.withResolvers arrives with Node 22); a rejection nobody awaits is ignored. */
function settleable<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}

async function totalBytes(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const p of paths) total += (await stat(p)).size;
  return total;
}
